package com.soegroup.accountability.clue;

import com.soegroup.accountability.org.Enterprise;
import com.soegroup.accountability.rule.level.ClueLevelRule;
import com.soegroup.accountability.rule.level.LossLevel;
import com.soegroup.accountability.shared.CircumstanceRef;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A problem clue (问题线索) of the ledger. Its scope is the handling unit ({@link #owner}): the enterprise
 * concerned until a transfer moves it. State changes go through {@link ClueService} and {@link ClueLifecycle},
 * supervision through {@link SupervisionService}.
 */
@Entity
@Table(name = "clue")
public class Clue {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "clue_seq")
    @SequenceGenerator(name = "clue_seq", sequenceName = "clue_seq", allocationSize = 50)
    private Long id;

    @Column(name = "ledger_no", nullable = false, updatable = false)
    private String ledgerNo;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "numbering_enterprise_id", updatable = false)
    private Enterprise numberingEnterprise;

    @Column(name = "ledger_year", nullable = false, updatable = false)
    private int ledgerYear;

    @Column(name = "ledger_seq", nullable = false, updatable = false)
    private int ledgerSeq;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id", updatable = false)
    private Enterprise enterprise;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_enterprise_id")
    private Enterprise owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClueSource source;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "registered_on", nullable = false)
    private LocalDate registeredOn;

    @Column(name = "registered_by", nullable = false)
    private String registeredBy;

    @Column(nullable = false)
    private String summary;

    @Column(name = "possible_loss")
    private BigDecimal possibleLoss;

    @Enumerated(EnumType.STRING)
    private LossLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "computed_level")
    private LossLevel computedLevel;

    @Column(name = "level_reason")
    private String levelReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClueStatus status = ClueStatus.REGISTERED;

    private String handler;

    @Column(name = "check_deadline")
    private LocalDate checkDeadline;

    @Column(name = "disposition_reason")
    private String dispositionReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "transfer_kind")
    private TransferKind transferKind;

    @Column(name = "transfer_organ")
    private String transferOrgan;

    @Column(name = "transfer_reference")
    private String transferReference;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private Clue mergedInto;

    @Column(name = "other_rules_reference")
    private String otherRulesReference;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "reporter_name")
    private String reporterName;

    @Column(name = "reporter_contact")
    private String reporterContact;

    @Column(nullable = false)
    private boolean supervised;

    /** The circumstances suspected (M§7–M§16), counted by statistics straight from clue_circumstance. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "clue_circumstance", joinColumns = @JoinColumn(name = "clue_id"))
    private Set<CircumstanceRef> circumstances = new LinkedHashSet<>();

    @Column(name = "supervision_deadline")
    private LocalDate supervisionDeadline;

    @Version
    private int version;

    protected Clue() {
    }

    Clue(ClueData data, ClueLevelRule.Settled level, Enterprise enterprise, String ledgerNo, int ledgerYear, int ledgerSeq,
         LocalDate registeredOn, String registeredBy) {
        this.ledgerNo = ledgerNo;
        this.numberingEnterprise = enterprise;
        this.ledgerYear = ledgerYear;
        this.ledgerSeq = ledgerSeq;
        this.enterprise = enterprise;
        this.owner = enterprise;
        this.source = data.source();
        this.receivedOn = data.receivedOn();
        this.summary = data.summary();
        this.possibleLoss = data.possibleLoss();
        this.level = level.level();
        this.computedLevel = level.computed();
        this.levelReason = level.reason();
        this.reporterName = data.reporterName();
        this.reporterContact = data.reporterContact();
        this.registeredOn = registeredOn;
        this.registeredBy = registeredBy;
    }

    void startChecking(String newHandler, LocalDate deadline) {
        this.handler = newHandler;
        this.checkDeadline = deadline;
        this.status = ClueStatus.CHECKING;
    }

    void dispose(ClueStatus outcome, String reason) {
        this.status = outcome;
        this.dispositionReason = reason;
    }

    void transfer(TransferKind kind, String organ, String reference, Enterprise receivingUnit, String reason) {
        dispose(ClueStatus.TRANSFERRED, reason);
        this.transferKind = kind;
        this.transferOrgan = organ;
        this.transferReference = reference;
        if (receivingUnit != null) {
            this.owner = receivingUnit;
        }
    }

    void mergeInto(Clue survivor, String reason) {
        dispose(ClueStatus.MERGED, reason);
        this.mergedInto = survivor;
    }

    void outOfScope(String reference, String reason) {
        dispose(ClueStatus.OUT_OF_SCOPE, reason);
        this.otherRulesReference = reference;
    }

    void close(LocalDate on, String by) {
        this.status = ClueStatus.CLOSED;
        this.closedOn = on;
        this.closedBy = by;
        endSupervision();
    }

    void supervise(LocalDate deadline) {
        this.supervised = true;
        this.supervisionDeadline = deadline;
    }

    void endSupervision() {
        this.supervised = false;
        this.supervisionDeadline = null;
    }

    /** Overdue: a supervision or checking deadline has passed while the clue is still open. */
    void classify(Set<CircumstanceRef> suspected) {
        circumstances.clear();
        circumstances.addAll(suspected);
    }

    public boolean isOverdue(LocalDate today) {
        return overdue(status, supervised, supervisionDeadline, checkDeadline, today);
    }

    /** Red in the ledger: open, and past the supervision deadline, or still being checked past the checking one. */
    static boolean overdue(ClueStatus status, boolean supervised, LocalDate supervisionDeadline, LocalDate checkDeadline,
                           LocalDate today) {
        return status.isOpen() && (supervised && supervisionDeadline != null && supervisionDeadline.isBefore(today)
                || status == ClueStatus.CHECKING && checkDeadline != null && checkDeadline.isBefore(today));
    }

    public Long id() { return id; }
    public String ledgerNo() { return ledgerNo; }
    public int ledgerYear() { return ledgerYear; }
    public int ledgerSeq() { return ledgerSeq; }
    public Enterprise enterprise() { return enterprise; }
    public Enterprise owner() { return owner; }
    public ClueSource source() { return source; }
    public LocalDate receivedOn() { return receivedOn; }
    public LocalDate registeredOn() { return registeredOn; }
    public String registeredBy() { return registeredBy; }
    public String summary() { return summary; }
    public BigDecimal possibleLoss() { return possibleLoss; }
    public LossLevel level() { return level; }
    public LossLevel computedLevel() { return computedLevel; }
    public String levelReason() { return levelReason; }
    public ClueStatus status() { return status; }
    public String handler() { return handler; }
    public LocalDate checkDeadline() { return checkDeadline; }
    public String dispositionReason() { return dispositionReason; }
    public TransferKind transferKind() { return transferKind; }
    public String transferOrgan() { return transferOrgan; }
    public String transferReference() { return transferReference; }
    public Clue mergedInto() { return mergedInto; }
    public String otherRulesReference() { return otherRulesReference; }
    public LocalDate closedOn() { return closedOn; }
    public String closedBy() { return closedBy; }
    public String reporterName() { return reporterName; }
    public String reporterContact() { return reporterContact; }
    public boolean supervised() { return supervised; }
    public LocalDate supervisionDeadline() { return supervisionDeadline; }
    public int version() { return version; }
    public Set<CircumstanceRef> circumstances() { return Set.copyOf(circumstances); }
}
