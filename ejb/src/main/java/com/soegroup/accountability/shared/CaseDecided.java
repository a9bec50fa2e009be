package com.soegroup.accountability.shared;

import java.time.LocalDate;

/**
 * A case is decided: the leading group approved the handling decision of the last person found responsible in it
 * (workflow.md: a decision is taken when LEADER approves it; serving only starts its effects). Fired by the decision
 * area in the transaction of that approval; the one-event-one-report ends its progress reports with it.
 *
 * @param investigationId the case's id
 * @param decidedOn       the day of the approval
 * @param userId          who approved it
 */
public record CaseDecided(long investigationId, LocalDate decidedOn, String userId) {
}
