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

/** A message between the reporter (no sender recorded) and the office (the user who wrote it). */
@Entity
@Table(name = "report_message")
public class ReporterMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", updatable = false)
    private AnonymousReport report;

    @Column(name = "from_reporter", nullable = false)
    private boolean fromReporter;

    @Column(nullable = false)
    private String text;

    @Column(name = "sent_on", nullable = false)
    private LocalDate sentOn;

    @Column(name = "sent_by")
    private String sentBy;

    @Version
    private int version;

    protected ReporterMessage() {
    }

    ReporterMessage(AnonymousReport report, boolean fromReporter, String text, LocalDate sentOn, String sentBy) {
        this.report = report;
        this.fromReporter = fromReporter;
        this.text = text;
        this.sentOn = sentOn;
        this.sentBy = sentBy;
    }

    public boolean fromReporter() { return fromReporter; }
    public String text() { return text; }
    public LocalDate sentOn() { return sentOn; }
    public String sentBy() { return sentBy; }
}
