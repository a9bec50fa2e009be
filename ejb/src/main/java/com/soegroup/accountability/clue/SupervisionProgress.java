package com.soegroup.accountability.clue;

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

import java.time.LocalDate;

/** A progress entry (进展情况) of a supervised clue. */
@Entity
@Table(name = "supervision_progress")
public class SupervisionProgress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supervision_id", updatable = false)
    private Supervision supervision;

    @Column(name = "entered_on", nullable = false)
    private LocalDate enteredOn;

    @Column(name = "entered_by", nullable = false)
    private String enteredBy;

    @Column(nullable = false)
    private String text;

    @Version
    private int version;

    protected SupervisionProgress() {
    }

    SupervisionProgress(Supervision supervision, LocalDate enteredOn, String enteredBy, String text) {
        this.supervision = supervision;
        this.enteredOn = enteredOn;
        this.enteredBy = enteredBy;
        this.text = text;
    }

    public LocalDate enteredOn() { return enteredOn; }
    public String enteredBy() { return enteredBy; }
    public String text() { return text; }
}
