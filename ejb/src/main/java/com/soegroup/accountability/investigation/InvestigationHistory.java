package com.soegroup.accountability.investigation;

import com.soegroup.accountability.shared.HistoryLine;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** One line of an investigation's history (the table refuses changes). */
@Entity
@Immutable
@Table(name = "investigation_history")
public class InvestigationHistory extends HistoryLine<InvestigationHistory.Action, InvestigationStatus> {

    /** What happened; a state change carries from and to. */
    public enum Action { OPENED, TRANSITION, MEMBER_ASSIGNED, RECUSAL_DECLARED, CONFLICT_DECLARED, LOSS_ITEM_ADDED,
        LEVEL_DETERMINED, FINDING_RECORDED, FAULT_TOLERANCE_EVALUATED, FAULT_TOLERANCE_APPROVED, JURISDICTION_CONFIRMED,
        REPORT_TEXT_SAVED, LOSS_ITEM_CORRECTED, LOSS_ITEM_WITHDRAWN,
        // loss recovery (the recovery area writes these)
        RECOVERY_RECORDED, RECOVERY_REVERSED, RECOVERY_MIGRATED, RECOVERY_FOLLOWED_UP, IRRECOVERABLE_REQUESTED,
        IRRECOVERABLE_APPROVED, IRRECOVERABLE_REFUSED }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "investigation_id", updatable = false)
    private Investigation investigation;

    protected InvestigationHistory() {
    }

    public InvestigationHistory(Investigation investigation, Instant occurredAt, String userId, Action action,
                                InvestigationStatus fromStatus, InvestigationStatus toStatus, String reason, String details) {
        super(occurredAt, userId, action, fromStatus, toStatus, reason, details);
        this.investigation = investigation;
    }
}
