package com.soegroup.accountability.ruleset;

import com.soegroup.accountability.rule.set.RuleSet;
import com.soegroup.accountability.rule.set.RuleSetJson;
import com.soegroup.accountability.rule.set.RuleSetStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A rule set as stored: the columns lists and selection need, and the whole set as its JSON document. Both are
 * written from one {@link RuleSet} value, so they cannot drift apart.
 */
@Entity
@Table(name = "rule_set")
public class RuleSetRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String code;

    @Column(nullable = false)
    private String issuer;

    @Column(nullable = false)
    private String title;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "filing_date")
    private LocalDate filingDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RuleSetStatus status;

    @Column(name = "tables_reviewed", nullable = false)
    private boolean tablesReviewed;

    @Column(name = "derived_from", updatable = false)
    private String derivedFrom;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String definition;

    /** The owner institution whose enterprises the set governs; null: the default for every other enterprise. */
    @Column(name = "owner_institution", updatable = false)
    private String ownerInstitution;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected RuleSetRecord() {
    }

    RuleSetRecord(RuleSet set, String derivedFrom, String ownerInstitution, Instant now) {
        this.code = set.code();
        this.derivedFrom = derivedFrom;
        this.ownerInstitution = ownerInstitution;
        this.createdAt = now;
        replace(set, now);
    }

    /** Takes every value from {@code set}; the code never changes. */
    void replace(RuleSet set, Instant now) {
        if (!set.code().equals(code)) {
            throw new IllegalArgumentException("A rule set keeps its code: " + code + " vs " + set.code());
        }
        this.issuer = set.issuer();
        this.title = set.title();
        this.effectiveFrom = set.effectiveFrom();
        this.filingDate = set.filingDate();
        this.status = set.status();
        this.tablesReviewed = set.tablesReviewed();
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        RuleSetJson.write(set, json);
        this.definition = json.toString(StandardCharsets.UTF_8);
        this.updatedAt = now;
    }

    public String code() {
        return code;
    }

    public String ownerInstitution() {
        return ownerInstitution;
    }

    public RuleSet toRuleSet() {
        return RuleSetJson.read(new ByteArrayInputStream(definition.getBytes(StandardCharsets.UTF_8)));
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public RuleSetStatus getStatus() {
        return status;
    }

    public String getDerivedFrom() {
        return derivedFrom;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }
}
