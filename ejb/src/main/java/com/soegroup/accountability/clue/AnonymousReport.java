package com.soegroup.accountability.clue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;

/** A report of the public form (信访举报): its clue and the hash of its receipt code, nothing of the sender. */
@Entity
@Table(name = "anonymous_report")
public class AnonymousReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clue_id", updatable = false)
    private Clue clue;

    @Column(name = "receipt_hash", nullable = false, updatable = false)
    private String receiptHash;

    @Column(name = "created_on", nullable = false, updatable = false)
    private LocalDate createdOn;

    @Version
    private int version;

    protected AnonymousReport() {
    }

    AnonymousReport(Clue clue, String receiptHash, LocalDate createdOn) {
        this.clue = clue;
        this.receiptHash = receiptHash;
        this.createdOn = createdOn;
    }

    public Long id() { return id; }
    public Clue clue() { return clue; }
    public LocalDate createdOn() { return createdOn; }
}
