package com.soegroup.accountability.ruleset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The filing of a rule set with the regulator (备案, M§40): the day, the reference of the filing (e.g. the letter's
 * number or the regulator's acknowledgement), with whom, and which version of the set's record was filed.
 */
@Entity
@Table(name = "rule_set_filing")
public class RuleSetFiling {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rule_set_id", updatable = false)
    private RuleSetRecord ruleSet;

    @Column(name = "rule_set_version", nullable = false, updatable = false)
    private int ruleSetVersion;

    @Column(name = "filed_on", nullable = false, updatable = false)
    private LocalDate filedOn;

    @Column(nullable = false, updatable = false)
    private String reference;

    @Column(name = "filed_with", nullable = false, updatable = false)
    private String filedWith;

    @Column(updatable = false)
    private String note;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Version
    private int version;

    protected RuleSetFiling() {
    }

    RuleSetFiling(RuleSetRecord ruleSet, int ruleSetVersion, LocalDate filedOn, String reference, String filedWith,
                  String note, String recordedBy, Instant recordedAt) {
        this.ruleSet = ruleSet;
        this.ruleSetVersion = ruleSetVersion;
        this.filedOn = filedOn;
        this.reference = reference;
        this.filedWith = filedWith;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() { return id; }
    public int ruleSetVersion() { return ruleSetVersion; }
    public LocalDate filedOn() { return filedOn; }
    public String reference() { return reference; }
    public String filedWith() { return filedWith; }
    public String note() { return note; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
}
