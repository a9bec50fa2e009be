package com.soegroup.accountability.investigation;

/**
 * A member's recusal declaration (回避声明, M§39): not yet signed, signed with no interest in the matter or the
 * subjects, or a conflict declared (the member is then off the team and the case is hidden from them).
 */
public enum Recusal {
    PENDING, NO_CONFLICT, CONFLICT
}
