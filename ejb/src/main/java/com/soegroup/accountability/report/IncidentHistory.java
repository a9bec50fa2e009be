package com.soegroup.accountability.report;

import com.soegroup.accountability.shared.HistoryLine;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** One line of a one-event-one-report's history (the table refuses changes). */
@Entity
@Immutable
@Table(name = "incident_report_history")
public class IncidentHistory extends HistoryLine<IncidentHistory.Action, IncidentState> {

    /** What happened; a change of state carries from and to. */
    public enum Action { RAISED, FOLLOWED, TEXT_SAVED, SUBMITTED, APPROVED, RETURNED, SENT, PROGRESS_STARTED,
        EXTENSION_REQUESTED, EXTENSION_APPROVED, EXTENSION_REFUSED,
        PROGRESS_OPENED, CASE_STAGE, CASE_DECIDED, MERGED_INTO, ABSORBED }

    @Column(name = "report_id", nullable = false, updatable = false)
    private Long reportId;

    protected IncidentHistory() {
    }

    IncidentHistory(Long reportId, Instant occurredAt, String userId, Action action, IncidentState from, IncidentState to,
                    String reason, String details) {
        super(occurredAt, userId, action, from, to, reason, details);
        this.reportId = reportId;
    }
}
