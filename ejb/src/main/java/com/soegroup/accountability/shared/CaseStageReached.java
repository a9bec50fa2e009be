package com.soegroup.accountability.shared;

/**
 * A case moved to another stage of its lifecycle (workflow.md). The investigation area fires it synchronously in
 * the transaction of the step, and the one-event-one-report opens the progress report the stage is due for, so
 * that the report follows the case without the case areas importing the reporting one.
 *
 * @param investigationId the case's id
 * @param stage           the status the case moved to ({@code InvestigationStatus} by name)
 * @param userId          who moved it
 */
public record CaseStageReached(long investigationId, String stage, String userId) {
}
