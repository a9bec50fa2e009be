package com.soegroup.accountability.circular;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** A recipient's first opening of a published circular: once per user, with their enterprise then. */
@Entity
@Immutable
@Table(name = "circular_read")
public class CircularRead {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "circular_id", nullable = false)
    private Long circularId;

    @Column(name = "user_id", nullable = false)
    private String userId;

    @Column(name = "enterprise_id")
    private Long enterpriseId;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    @Version
    private int version;

    protected CircularRead() {
    }

    CircularRead(Long circularId, String userId, Long enterpriseId, Instant readAt) {
        this.circularId = circularId;
        this.userId = userId;
        this.enterpriseId = enterpriseId;
        this.readAt = readAt;
    }

    public String userId() { return userId; }
    public Long enterpriseId() { return enterpriseId; }
    public Instant readAt() { return readAt; }
}
