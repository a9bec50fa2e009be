package com.soegroup.accountability.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.time.LocalDate;

/** One step of an enterprise's history in the tree: created, moved, merged or closed, and from when. */
@Entity
@Immutable
@Table(name = "enterprise_change")
public class EnterpriseChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id")
    private Enterprise enterprise;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EnterpriseChangeKind kind;

    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "old_parent_id")
    private Enterprise oldParent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "new_parent_id")
    private Enterprise newParent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private Enterprise mergedInto;

    private String reason;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected EnterpriseChange() {
    }

    EnterpriseChange(Enterprise enterprise, EnterpriseChangeKind kind, LocalDate effectiveDate, Enterprise oldParent,
                     Enterprise newParent, Enterprise mergedInto, String reason, String recordedBy, Instant recordedAt) {
        this.enterprise = enterprise;
        this.kind = kind;
        this.effectiveDate = effectiveDate;
        this.oldParent = oldParent;
        this.newParent = newParent;
        this.mergedInto = mergedInto;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public EnterpriseChangeKind kind() {
        return kind;
    }

    public LocalDate effectiveDate() {
        return effectiveDate;
    }

    public Enterprise oldParent() {
        return oldParent;
    }

    public Enterprise newParent() {
        return newParent;
    }

    public Enterprise mergedInto() {
        return mergedInto;
    }

    public String reason() {
        return reason;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
