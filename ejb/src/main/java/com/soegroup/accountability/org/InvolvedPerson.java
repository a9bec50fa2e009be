package com.soegroup.accountability.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/**
 * "Person P is involved in case object (type, id)": the recusal record (rules.md §10). Scope's
 * {@code notInvolved(...)} predicate reads this entity by name; {@link InvolvementCheck} writes and asks it.
 */
@Entity
@Immutable
@Table(name = "involved_person")
public class InvolvedPerson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "object_type", nullable = false)
    private String objectType;

    @Column(name = "object_id", nullable = false)
    private Long objectId;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    private String reason;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected InvolvedPerson() {
    }

    InvolvedPerson(String objectType, Long objectId, Long personId, String reason, String recordedBy, Instant recordedAt) {
        this.objectType = objectType;
        this.objectId = objectId;
        this.personId = personId;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public String objectType() {
        return objectType;
    }

    public Long objectId() {
        return objectId;
    }

    public Long personId() {
        return personId;
    }

    public String reason() {
        return reason;
    }
}
