package com.soegroup.accountability.rule.set;

import com.soegroup.accountability.rule.Checks;

import java.io.Serializable;
import java.util.List;

/**
 * One exempted matter of an exemption list (免责事项) and the conditions under which it exempts, as its source
 * writes them; cited by its number in the list ({@code 第2项}).
 */
public record ExemptionMatter(int number, String matter, List<String> conditions) implements Serializable {

    public ExemptionMatter {
        if (number < 1) {
            throw Checks.inconsistent("number", Integer.toString(number));
        }
        Checks.text(matter, "matter");
        conditions = List.copyOf(Checks.required(conditions, "conditions"));
        if (conditions.isEmpty()) {
            throw Checks.inconsistent("conditions", "a matter exempts under at least one condition");
        }
    }

    /** The code a request and an evaluation name the matter by: {@code <list>-<number>}, e.g. {@code O46-2026-2}. */
    public String code(ExemptionList list) {
        return list.code() + "-" + number;
    }
}
