package com.soegroup.accountability.duty;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A duty record linked to a responsibility finding as the evidence of an M§24 circumstance (who presided, who voted
 * against). Kept on the duty side: the investigation area does not know duty records.
 */
@Entity
@Table(name = "duty_record_finding_link")
public class DutyFindingLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "finding_id", nullable = false, updatable = false)
    private Long findingId;

    @Column(name = "record_no", nullable = false, updatable = false)
    private String recordNo;

    @Column(name = "linked_by", nullable = false, updatable = false)
    private String linkedBy;

    @Column(name = "linked_at", nullable = false, updatable = false)
    private Instant linkedAt;

    @Version
    private int version;

    protected DutyFindingLink() {
    }

    DutyFindingLink(Long findingId, String recordNo, String by, Instant at) {
        this.findingId = findingId;
        this.recordNo = recordNo;
        this.linkedBy = by;
        this.linkedAt = at;
    }

    public Long findingId() { return findingId; }
    public String recordNo() { return recordNo; }
    public String linkedBy() { return linkedBy; }
    public Instant linkedAt() { return linkedAt; }
}
