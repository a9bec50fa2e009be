package com.soegroup.accountability.recovery;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Immutable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An amount recovered of a loss item (追损记录), or the reversal of one: a reversal names the event it reverses,
 * says why, and carries the negative amount, so the sum of a case's rows is what was recovered. Never changed
 * (the table's trigger refuses it).
 */
@Entity
@Immutable
@Table(name = "recovery_event")
public class RecoveryEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "investigation_id", nullable = false, updatable = false)
    private Long investigationId;

    @Column(name = "loss_item_id", nullable = false, updatable = false)
    private Long lossItemId;

    @Column(name = "recovered_on", nullable = false, updatable = false)
    private LocalDate recoveredOn;

    @Column(nullable = false, updatable = false, precision = 18, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RecoveryMethod method;

    @Column(updatable = false)
    private String reference;

    @Column(nullable = false, updatable = false)
    private String evidence;

    /** Ids, not entities: loading an EvidenceFile would load its bytes. */
    @ElementCollection
    @CollectionTable(name = "recovery_event_evidence", joinColumns = @JoinColumn(name = "recovery_event_id"))
    @Column(name = "evidence_file_id", nullable = false)
    private Set<Long> evidenceFiles = new LinkedHashSet<>();

    @Column(name = "reverses_id", updatable = false)
    private Long reversesId;

    @Column(updatable = false)
    private String reason;

    @Column(name = "entered_by", nullable = false, updatable = false)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false, updatable = false)
    private Instant enteredAt;

    @Version
    private int version;

    protected RecoveryEvent() {
    }

    RecoveryEvent(Long investigationId, RecoveryData d, String by, Instant at) {
        this.investigationId = investigationId;
        this.lossItemId = d.lossItemId();
        this.recoveredOn = d.recoveredOn();
        this.amount = d.amount();
        this.method = d.method();
        this.reference = d.reference();
        this.evidence = d.evidence();
        this.evidenceFiles.addAll(d.evidenceFiles());
        this.enteredBy = by;
        this.enteredAt = at;
    }

    /** The reversal of {@code reversed}: same item and method, the negative amount, dated today. */
    RecoveryEvent(RecoveryEvent reversed, LocalDate on, String reason, String by, Instant at) {
        this.investigationId = reversed.investigationId;
        this.lossItemId = reversed.lossItemId;
        this.recoveredOn = on;
        this.amount = reversed.amount.negate();
        this.method = reversed.method;
        this.reference = reversed.reference;
        this.evidence = reason;
        this.reversesId = reversed.id;
        this.reason = reason;
        this.enteredBy = by;
        this.enteredAt = at;
    }

    public Long id() { return id; }
    public Long investigationId() { return investigationId; }
    public Long lossItemId() { return lossItemId; }
    public LocalDate recoveredOn() { return recoveredOn; }
    public BigDecimal amount() { return amount; }
    public RecoveryMethod method() { return method; }
    public String reference() { return reference; }
    public String evidence() { return evidence; }
    public Set<Long> evidenceFiles() { return Set.copyOf(evidenceFiles); }
    public Long reversesId() { return reversesId; }
    public boolean reversal() { return reversesId != null; }
    public String reason() { return reason; }
    public String enteredBy() { return enteredBy; }
    public Instant enteredAt() { return enteredAt; }
}
