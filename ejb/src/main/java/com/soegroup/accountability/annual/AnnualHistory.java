package com.soegroup.accountability.annual;

import com.soegroup.accountability.shared.HistoryLine;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** One line of an annual report's history (the table refuses changes). */
@Entity
@Immutable
@Table(name = "annual_report_history")
public class AnnualHistory extends HistoryLine<AnnualHistory.Action, AnnualState> {

    /** What happened; a change of state carries from and to. */
    public enum Action { CREATED, TEXT_SAVED, SUBMITTED, APPROVED, RETURNED, REOPENED, SENT }

    @Column(name = "report_id", nullable = false, updatable = false)
    private Long reportId;

    protected AnnualHistory() {
    }

    AnnualHistory(Long reportId, Instant occurredAt, String userId, Action action, AnnualState from, AnnualState to,
                  String reason, String details) {
        super(occurredAt, userId, action, from, to, reason, details);
        this.reportId = reportId;
    }
}
