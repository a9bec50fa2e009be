package com.soegroup.accountability.api.rule;

import com.soegroup.accountability.rule.set.ExemptionList;
import com.soegroup.accountability.rule.set.RuleSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The JSON shapes of a rule set's exemption list (免责事项清单). */
public final class ExemptionDtos {

    private ExemptionDtos() {
    }

    /** A matter of the list: the code an evaluation names it by, its number, text, conditions and citation. */
    @Schema(name = "ExemptionMatter")
    public record Matter(String code, int number, String matter, List<String> conditions, String citation) {
    }

    /**
     * The exemption list a rule set adopts: its code, how documents name it, where its entries come from and whether
     * anybody has reviewed them against that source; {@code matters} empty (and {@code list} null) for a set without one.
     */
    @Schema(name = "ExemptionList")
    public record Exemptions(String ruleSet, String list, String document, String source, boolean reviewed,
                        List<Matter> matters) {
        static Exemptions of(RuleSet set) {
            ExemptionList l = set.exemptions().orElse(null);
            if (l == null) {
                return new Exemptions(set.code(), null, null, null, false, List.of());
            }
            return new Exemptions(set.code(), l.code(), l.document(), l.source(), l.reviewed(), l.matters().stream()
                    .map(m -> new Matter(m.code(l), m.number(), m.matter(), m.conditions(), l.citation(m))).toList());
        }
    }
}
