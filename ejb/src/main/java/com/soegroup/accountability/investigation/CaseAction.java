package com.soegroup.accountability.investigation;

import java.io.Serializable;
import java.util.List;

/**
 * A step the caller could take on a case now: {@code reasonKey} is null when it can succeed, else the bundle key
 * of why not (with {@code reasonArgs}), so a page shows the step disabled with that sentence instead of offering
 * it and refusing afterwards. {@code approval} steps take an opinion and a confirmation; {@code reasonRequired}
 * ones a reason.
 */
public record CaseAction(InvestigationStatus to, boolean approval, boolean reasonRequired, String reasonKey,
                         List<String> reasonArgs) implements Serializable {

    public CaseAction {
        reasonArgs = reasonArgs == null ? List.of() : List.copyOf(reasonArgs);
    }

    public boolean allowed() {
        return reasonKey == null;
    }
}
