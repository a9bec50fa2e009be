package com.soegroup.accountability.ruleset;

import com.soegroup.accountability.rule.set.ExemptionList;
import com.soegroup.accountability.rule.set.ExemptionMatter;
import com.soegroup.accountability.rule.set.RuleSet;
import com.soegroup.accountability.rule.set.RuleSets;
import com.soegroup.accountability.shared.AccountabilityException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The exemption list (免责事项清单) of a rule set, for the fault-tolerance evaluation that offers its matters beside
 * M§32's conditions and for the decision that cites them. Checks no role: rule sets are no case data.
 */
@ApplicationScoped
public class ExemptionCatalog {

    @Inject
    private RuleSetCatalog catalog;

    /** The list the set adopts; empty for an unknown set or a set without a list. */
    public Optional<ExemptionList> of(String ruleSetCode) {
        return ruleSetCode == null ? Optional.empty()
                : RuleSets.byCode(catalog.all(), ruleSetCode).flatMap(RuleSet::exemptions);
    }

    /**
     * The codes, checked against the list of {@code ruleSetCode}, without repeats, in the list's order; an unknown code
     * (or any code for a set without a list) is bad input naming {@code field[i]}.
     */
    public List<String> resolve(String field, String ruleSetCode, Collection<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return List.of();
        }
        Optional<ExemptionList> list = of(ruleSetCode);
        Set<Integer> numbers = new LinkedHashSet<>();
        int i = 0;
        for (String code : codes) {
            String typed = code == null ? null : code.strip();
            Optional<ExemptionMatter> matter = list.flatMap(l -> l.matter(typed));
            if (matter.isEmpty()) {
                throw AccountabilityException.invalid(field + "[" + i + "]", "exemption.unknown", typed == null ? "" : typed);
            }
            numbers.add(matter.get().number());
            i++;
        }
        ExemptionList l = list.orElseThrow();
        return l.matters().stream().filter(m -> numbers.contains(m.number())).map(m -> m.code(l)).toList();
    }

    /** How a document cites the matters named by {@code codes} (unknown codes left out). */
    public List<String> citations(String ruleSetCode, Collection<String> codes) {
        List<String> citations = new ArrayList<>();
        of(ruleSetCode).ifPresent(l -> codes.forEach(code -> l.matter(code).ifPresent(m -> citations.add(l.citation(m)))));
        return citations;
    }
}
