package com.soegroup.accountability.circular;

import com.soegroup.accountability.shared.HistoryLine;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** One line of a circular's history (the table refuses changes). */
@Entity
@Immutable
@Table(name = "circular_history")
public class CircularHistory extends HistoryLine<CircularHistory.Action, CircularState> {

    /** What happened; a change of state carries from and to. */
    public enum Action { DRAFTED, TEXT_SAVED, SUBMITTED, APPROVED, RETURNED, PUBLISHED }

    @Column(name = "circular_id", nullable = false, updatable = false)
    private Long circularId;

    protected CircularHistory() {
    }

    CircularHistory(Long circularId, Instant occurredAt, String userId, Action action, CircularState from, CircularState to,
                    String reason, String details) {
        super(occurredAt, userId, action, from, to, reason, details);
        this.circularId = circularId;
    }
}
