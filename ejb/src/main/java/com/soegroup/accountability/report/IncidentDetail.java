package com.soegroup.accountability.report;

import java.io.Serializable;
import java.util.List;

/**
 * A one-event-one-report's page: the register's row, the clocks (null without a rule set that sets them), each
 * stage's deadline, the text of the stage under way ({@code textNo} null while it is the draft the system proposes
 * from the data), its versions, what was sent, the extension, the history and what the caller may do; {@code mergedInto} the number of the report that absorbed this one (已合并).
 */
public record IncidentDetail(IncidentSummary summary, String markedReason, String raisedBy, IncidentRules rules,
                             List<IncidentDeadline> deadlines, IncidentParts text, Integer textNo,
                             List<IncidentVersion> versions, List<IncidentSent> sendings, String approvedBy,
                             String approvalOpinion, Integer extensionDays, String extensionReason,
                             String extensionRequestedBy, Boolean extensionApproved, String extensionDecidedBy,
                             String extensionOpinion, List<IncidentHistoryEntry> history, IncidentActions actions,
                             int version, String mergedInto) implements Serializable {
}
