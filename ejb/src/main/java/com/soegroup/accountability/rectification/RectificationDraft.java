package com.soegroup.accountability.rectification;

import java.io.Serializable;
import java.util.List;

/**
 * What the assignment form starts from when the task comes from a concluded case or a decision: the owner
 * enterprise (the case's loss enterprise, or the decided person's enterprise), the person of a decision, the
 * report's rectification proposals (整改建议) as what must change, and the clues the task will hold open.
 */
public record RectificationDraft(RectificationSource source, String caseNo, String decisionNo, String enterprise,
                                 String enterpriseName, String responsible, String responsibleName,
                                 String requirement, List<String> clues) implements Serializable {

    public RectificationDraft {
        clues = List.copyOf(clues);
    }
}
