package com.soegroup.accountability.decision;

import com.soegroup.accountability.shared.HistoryLine;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** One line of a decision's history (the table refuses changes). */
@Entity
@Immutable
@Table(name = "decision_history")
public class DecisionHistory extends HistoryLine<DecisionHistory.Action, DecisionStatus> {

    /** What happened; a state change carries from and to. */
    public enum Action { PROPOSED, REVISED, LEGAL_REVIEW, TRANSITION, DEDUCTION_RECORDED, RECOVERY_RECORDED,
        REFERRED, SANCTION_RECORDED, APPEAL_FILED, APPEAL_RESOLVED, REPLACED }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decision_id", updatable = false)
    private Decision decision;

    protected DecisionHistory() {
    }

    DecisionHistory(Decision decision, Instant occurredAt, String userId, Action action, DecisionStatus fromStatus,
                    DecisionStatus toStatus, String reason, String details) {
        super(occurredAt, userId, action, fromStatus, toStatus, reason, details);
        this.decision = decision;
    }
}
