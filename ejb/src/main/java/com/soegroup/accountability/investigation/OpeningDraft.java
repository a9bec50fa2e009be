package com.soegroup.accountability.investigation;

import java.io.Serializable;
import java.util.List;

/**
 * What "立项调查" from a clue starts with: the clue, a suggested title, its persons concerned who are in the
 * people records (the subjects to carry over) and those who are not (named only, to pick by hand). A clue that
 * cannot be opened has {@code blockerKey} (with {@code blockerArgs}) saying why.
 */
public record OpeningDraft(String clueNo, String enterpriseName, String clueSummary, String suggestedTitle,
                           List<Subject> subjects, List<String> unmatched, String blockerKey, List<String> blockerArgs)
        implements Serializable {

    public OpeningDraft {
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
        unmatched = unmatched == null ? List.of() : List.copyOf(unmatched);
        blockerArgs = blockerArgs == null ? List.of() : List.copyOf(blockerArgs);
    }

    public String unmatchedNames() {
        return String.join("、", unmatched);
    }

    public boolean openable() {
        return blockerKey == null;
    }

    /** A person concerned by the clue, found in the people records. */
    public record Subject(String employeeNo, String name, String enterpriseName, String post) implements Serializable {
    }
}
