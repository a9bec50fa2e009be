package com.soegroup.accountability.investigation;

import com.soegroup.accountability.org.Enterprise;
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

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An investigation (调查/核查): in the scope of its handling unit ({@link #owner()}); the loss is assessed
 * against the enterprise where it occurred ({@link #lossEnterprise()}).
 */
@Entity
@Table(name = "investigation")
public class Investigation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_no", nullable = false, updatable = false)
    private String caseNo;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "numbering_enterprise_id", updatable = false)
    private Enterprise numberingEnterprise;

    @Column(name = "case_year", nullable = false, updatable = false)
    private int caseYear;

    @Column(name = "case_seq", nullable = false, updatable = false)
    private int caseSeq;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_enterprise_id")
    private Enterprise owner;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "loss_enterprise_id")
    private Enterprise lossEnterprise;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String plan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InvestigationStatus status;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "opened_by", nullable = false)
    private String openedBy;

    @Column(name = "concluded_on")
    private LocalDate concludedOn;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "investigation_clue", joinColumns = @JoinColumn(name = "investigation_id"))
    @Column(name = "clue_id")
    private Set<Long> clueIds = new LinkedHashSet<>();

    @Version
    private int version;

    protected Investigation() {
    }

    Investigation(String caseNo, Enterprise owner, int year, int serial, Enterprise lossEnterprise, String title,
                  String plan, LocalDate openedOn, String openedBy, Set<Long> clueIds) {
        this.caseNo = caseNo;
        this.numberingEnterprise = owner;
        this.owner = owner;
        this.caseYear = year;
        this.caseSeq = serial;
        this.lossEnterprise = lossEnterprise;
        this.title = title;
        this.plan = plan;
        this.status = InvestigationStatus.PLANNED;
        this.openedOn = openedOn;
        this.openedBy = openedBy;
        this.clueIds.addAll(clueIds);
    }

    void moveTo(InvestigationStatus to, LocalDate today) {
        this.status = to;
        if (to == InvestigationStatus.CONCLUDED) {
            this.concludedOn = today;
        }
    }

    /** The case moves into the scope of another handling unit (jurisdiction confirmed, rules.md §9). */
    public void handOver(Enterprise unit) {
        this.owner = unit;
    }

    public Long id() { return id; }
    public String caseNo() { return caseNo; }
    public int caseYear() { return caseYear; }
    public Enterprise owner() { return owner; }
    public Enterprise lossEnterprise() { return lossEnterprise; }
    public String title() { return title; }
    public String plan() { return plan; }
    public InvestigationStatus status() { return status; }
    public LocalDate openedOn() { return openedOn; }
    public String openedBy() { return openedBy; }
    public LocalDate concludedOn() { return concludedOn; }
    public Set<Long> clueIds() { return Set.copyOf(clueIds); }
    public int version() { return version; }
}
