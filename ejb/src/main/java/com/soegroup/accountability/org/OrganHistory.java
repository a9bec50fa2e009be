package com.soegroup.accountability.org;

import com.soegroup.accountability.shared.HistoryLine;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** One line of an organ's history (the table refuses changes); organs have no status, so from/to stay empty. */
@Entity
@Immutable
@Table(name = "organ_history")
public class OrganHistory extends HistoryLine<OrganHistory.Action, OrganKind> {

    /** What happened to the organ. */
    public enum Action { CREATED, UPDATED }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organ_id", updatable = false)
    private AccountabilityOrgan organ;

    protected OrganHistory() {
    }

    OrganHistory(AccountabilityOrgan organ, Instant occurredAt, String userId, Action action, String details) {
        super(occurredAt, userId, action, null, null, null, details);
        this.organ = organ;
    }
}
