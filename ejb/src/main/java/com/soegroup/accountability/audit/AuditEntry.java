package com.soegroup.accountability.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/**
 * One entry of the audit trail as read back: written once by AuditService (plain SQL, not through this entity) and
 * never changed (the database refuses UPDATE and DELETE).
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    private Long seq;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "user_id")
    private String userId;

    private String roles;

    @Column(nullable = false)
    private String action;

    @Column(name = "object_type")
    private String objectType;

    @Column(name = "object_id")
    private String objectId;

    private String details;

    protected AuditEntry() {
    }

    public Long seq() {
        return seq;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String userId() {
        return userId;
    }

    public String roles() {
        return roles;
    }

    public String action() {
        return action;
    }

    public String objectType() {
        return objectType;
    }

    public String objectId() {
        return objectId;
    }

    public String details() {
        return details;
    }
}
