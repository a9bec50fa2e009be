package com.soegroup.accountability.loss;

import com.soegroup.accountability.investigation.EvidenceBasis;
import com.soegroup.accountability.investigation.Investigation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/** A loss item of an investigation (资产损失, M§17–21). */
@Entity
@Table(name = "loss_item")
public class LossItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "investigation_id", updatable = false)
    private Investigation investigation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LossKind kind;

    @Column(nullable = false)
    private boolean contingent;

    @Column(nullable = false)
    private String description;

    @Column(nullable = false, precision = 18, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EvidenceBasis basis;

    @Column(name = "evidence_reference", nullable = false)
    private String evidenceReference;

    @Column(name = "assessment_reference")
    private String assessmentReference;

    @Column(name = "entered_by", nullable = false)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    /** Ids, not entities: loading an EvidenceFile would load its bytes (no bytecode enhancement for lazy columns). */
    @ElementCollection
    @CollectionTable(name = "loss_item_evidence", joinColumns = @JoinColumn(name = "loss_item_id"))
    @Column(name = "evidence_file_id", nullable = false)
    private Set<Long> evidenceFiles = new LinkedHashSet<>();

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    @Column(name = "withdrawal_reason")
    private String withdrawalReason;

    @Version
    private int version;

    protected LossItem() {
    }

    LossItem(Investigation investigation, LossItemData d, String enteredBy, Instant enteredAt) {
        this.investigation = investigation;
        this.kind = d.kind();
        this.contingent = d.contingent();
        this.description = d.description();
        this.amount = d.amount();
        this.basis = d.basis();
        this.evidenceReference = d.evidenceReference();
        this.assessmentReference = d.assessmentReference();
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
        this.evidenceFiles.addAll(d.evidenceFiles());
    }

    /** A correction: the item as now entered (who entered it first stays). */
    void correct(LossItemData d) {
        this.kind = d.kind();
        this.contingent = d.contingent();
        this.description = d.description();
        this.amount = d.amount();
        this.basis = d.basis();
        this.evidenceReference = d.evidenceReference();
        this.assessmentReference = d.assessmentReference();
        this.evidenceFiles.clear();
        this.evidenceFiles.addAll(d.evidenceFiles());
    }

    void withdraw(String by, Instant at, String reason) {
        this.withdrawnBy = by;
        this.withdrawnAt = at;
        this.withdrawalReason = reason;
    }

    /** The item for the sums, with what was recovered of it (the recovery area's events, see {@link LossRecoveries}). */
    LossTotals.Item forTotals(BigDecimal recovered) {
        return new LossTotals.Item(kind, contingent, amount, assessmentReference != null, recovered);
    }

    public Long id() { return id; }
    public LossKind kind() { return kind; }
    public boolean contingent() { return contingent; }
    public String description() { return description; }
    public BigDecimal amount() { return amount; }
    public EvidenceBasis basis() { return basis; }
    public String evidenceReference() { return evidenceReference; }
    public String assessmentReference() { return assessmentReference; }
    public String enteredBy() { return enteredBy; }
    public Instant enteredAt() { return enteredAt; }
    public Set<Long> evidenceFiles() { return Set.copyOf(evidenceFiles); }
    public boolean withdrawn() { return withdrawnAt != null; }
    public int version() { return version; }
    /** Whether the item counts towards L: actual, or contingent with the intermediary's assessment. */
    public boolean counted() { return !contingent || assessmentReference != null; }
}
