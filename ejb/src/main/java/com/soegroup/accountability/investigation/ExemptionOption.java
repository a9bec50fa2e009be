package com.soegroup.accountability.investigation;

import java.io.Serializable;
import java.util.List;

/**
 * A matter of the exemption list (免责事项清单) of the case's rule set, offered in the fault-tolerance evaluation beside
 * M§32's conditions: its code, number, text and conditions; {@code source} and {@code reviewed} say where the list
 * comes from and whether anybody has checked it.
 */
public record ExemptionOption(String code, int number, String matter, List<String> conditions, String source,
                              boolean reviewed) implements Serializable {

    /** The conditions as one sentence, for a checkbox's label. */
    public String conditionText() {
        return String.join("；", conditions);
    }
}
