package com.soegroup.accountability.clue;

import com.soegroup.accountability.shared.HistoryLine;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** One line of a clue's history: who, when, from what, to what, why (the table refuses changes). */
@Entity
@Immutable
@Table(name = "clue_history")
public class ClueHistory extends HistoryLine<ClueHistory.Action, ClueStatus> {

    /** What happened; a state change carries from and to. */
    public enum Action { REGISTERED, TRANSITION, MERGED_IN, SUPERVISION_STARTED, SUPERVISION_PROGRESS, SUPERVISION_ENDED,
        LEVEL_RAISED, CIRCUMSTANCES_CHANGED }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clue_id", updatable = false)
    private Clue clue;

    protected ClueHistory() {
    }

    ClueHistory(Clue clue, Instant occurredAt, String userId, Action action, ClueStatus from, ClueStatus to,
                String reason, String details) {
        super(occurredAt, userId, action, from, to, reason, details);
        this.clue = clue;
    }
}
