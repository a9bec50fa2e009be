package com.soegroup.accountability.shared;

/**
 * A clue's or a case's level reached LARGER or MAJOR (rules.md §11): the one-event-one-report is due from this
 * moment. The clue and loss areas fire it synchronously inside the transaction that set the level, and the report
 * area observes it, so the report is raised with the level or not at all, and neither area imports the reporting one.
 *
 * @param objectType    {@code CLUE} or {@code INVESTIGATION}
 * @param objectId      the clue's or the case's id
 * @param userId        who set the level (the public form's registrar for an anonymous report)
 * @param anonymous     whether nobody signed in: the public form, whose acts are audited without their time
 */
public record SeriousLossReached(String objectType, long objectId, String userId, boolean anonymous) {

    public static final String CLUE = "CLUE";
    public static final String INVESTIGATION = "INVESTIGATION";
}
