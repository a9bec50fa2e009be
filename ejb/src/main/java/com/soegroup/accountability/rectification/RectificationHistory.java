package com.soegroup.accountability.rectification;

import com.soegroup.accountability.shared.HistoryLine;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** One line of a rectification task's history (the table refuses changes). */
@Entity
@Immutable
@Table(name = "rectification_history")
public class RectificationHistory extends HistoryLine<RectificationHistory.Action, RectificationStatus> {

    /** What happened; a state change carries from and to. */
    public enum Action { CREATED, SUBMITTED, VERIFIED, SENT_BACK, EXTENSION_REQUESTED, EXTENSION_APPROVED,
        EXTENSION_REFUSED, BECAME_CLUE }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rectification_id", updatable = false)
    private Rectification rectification;

    protected RectificationHistory() {
    }

    RectificationHistory(Rectification rectification, Instant occurredAt, String userId, Action action,
                         RectificationStatus from, RectificationStatus to, String reason, String details) {
        super(occurredAt, userId, action, from, to, reason, details);
        this.rectification = rectification;
    }
}
