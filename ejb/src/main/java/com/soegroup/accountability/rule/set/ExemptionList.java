package com.soegroup.accountability.rule.set;

import com.soegroup.accountability.rule.Checks;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A list of exempted matters (免责事项清单) a rule set adopts, offered in the fault-tolerance evaluation beside M§32's
 * conditions and cited in the decision. Like the reporting clocks, a list whose text is not in the seed names its
 * source and says whether anybody has reviewed it against that source.
 *
 * @param document how a document names the list in a citation, e.g. {@code 《中央企业违规经营投资责任追究实施办法》免责事项清单}
 * @param reviewed false while the entries are taken from secondary sources nobody has checked against the original
 */
public record ExemptionList(String code, String document, String source, boolean reviewed,
                            List<ExemptionMatter> matters) implements Serializable {

    public ExemptionList {
        Checks.text(code, "code");
        Checks.text(document, "document");
        Checks.text(source, "source");
        matters = List.copyOf(Checks.required(matters, "matters"));
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < matters.size(); i++) {
            if (matters.get(i).number() != i + 1 || !numbers.add(matters.get(i).number())) {
                throw Checks.inconsistent("matters[" + i + "]", "matters are numbered 1, 2, 3… in order");
            }
        }
    }

    /** The matter a code names ({@code O46-2026-2}), empty for a code of another list or no matter. */
    public Optional<ExemptionMatter> matter(String code) {
        if (code == null || !code.startsWith(this.code + "-")) {
            return Optional.empty();
        }
        String number = code.substring(this.code.length() + 1);
        return matters.stream().filter(m -> Integer.toString(m.number()).equals(number)).findFirst();
    }

    /** How a document cites a matter: {@code 《…》免责事项清单第2项（…）}. */
    public String citation(ExemptionMatter matter) {
        return document + "第" + matter.number() + "项（" + matter.matter() + "）";
    }
}
