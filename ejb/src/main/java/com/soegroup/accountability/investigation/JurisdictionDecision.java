package com.soegroup.accountability.investigation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/**
 * OFFICE's confirmation of the handling unit (rules.md §9): what the system proposed, what was chosen, why; when the
 * case moved, the hand-over (移交) or the owner institution's taking it (M§36) with its date and reference number.
 */
@Entity
@Immutable
@Table(name = "jurisdiction_decision")
public class JurisdictionDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "investigation_id", updatable = false)
    private Investigation investigation;

    @Column(name = "proposed_unit", nullable = false)
    private String proposedUnit;

    @Column(name = "owner_institution", nullable = false)
    private boolean ownerInstitution;

    @Column(nullable = false)
    private String basis;

    @Column(name = "confirmed_unit", nullable = false)
    private String confirmedUnit;

    private String reason;

    @Column(name = "confirmed_by", nullable = false)
    private String confirmedBy;

    @Column(name = "confirmed_at", nullable = false)
    private Instant confirmedAt;

    @Column(name = "handed_over_on")
    private LocalDate handedOverOn;

    private String reference;

    @Column(name = "from_unit")
    private String fromUnit;

    @Column(name = "taken_by_owner_institution", nullable = false)
    private boolean takenByOwnerInstitution;

    protected JurisdictionDecision() {
    }

    JurisdictionDecision(Investigation investigation, JurisdictionRule.Proposal proposal, String confirmedUnit, String reason,
                         String by, Instant at, HandOver handOver) {
        this.investigation = investigation;
        this.proposedUnit = proposal.unit();
        this.ownerInstitution = proposal.ownerInstitution();
        this.basis = proposal.basisKey();
        this.confirmedUnit = confirmedUnit;
        this.reason = reason;
        this.confirmedBy = by;
        this.confirmedAt = at;
        this.fromUnit = handOver.fromUnit();
        this.handedOverOn = handOver.on();
        this.reference = handOver.reference();
        this.takenByOwnerInstitution = handOver.ownerInstitution();
    }

    /** The hand-over's record: the unit that gave the case, the date and reference number of the letter. */
    record HandOver(String fromUnit, LocalDate on, String reference, boolean ownerInstitution) {
    }

    public String confirmedUnit() { return confirmedUnit; }
    public LocalDate handedOverOn() { return handedOverOn; }
    public String reference() { return reference; }
    public boolean takenByOwnerInstitution() { return takenByOwnerInstitution; }
}
