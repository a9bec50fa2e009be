package com.soegroup.accountability.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.time.LocalDate;

/** A stage as it went out: the approved version, its deadline, when, how, under which reference, to whom. */
@Entity
@Immutable
@Table(name = "incident_report_sent")
public class IncidentSending {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private Long reportId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IncidentKind kind;

    @Column(name = "text_no", nullable = false)
    private int textNo;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "sent_on", nullable = false)
    private LocalDate sentOn;

    @Column(nullable = false)
    private String channel;

    @Column(nullable = false)
    private String reference;

    @Column(nullable = false)
    private String recipient;

    @Column(name = "approved_by", nullable = false)
    private String approvedBy;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private int version;

    protected IncidentSending() {
    }

    IncidentSending(Long reportId, IncidentKind kind, int textNo, LocalDate dueOn, IncidentSentData data, String approvedBy,
                    String recordedBy, Instant recordedAt) {
        this.reportId = reportId;
        this.kind = kind;
        this.textNo = textNo;
        this.dueOn = dueOn;
        this.sentOn = data.sentOn();
        this.channel = data.channel();
        this.reference = data.reference();
        this.recipient = data.recipient();
        this.approvedBy = approvedBy;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public IncidentKind kind() { return kind; }
    public int textNo() { return textNo; }
    public LocalDate dueOn() { return dueOn; }
    public LocalDate sentOn() { return sentOn; }
    public String channel() { return channel; }
    public String reference() { return reference; }
    public String recipient() { return recipient; }
    public String approvedBy() { return approvedBy; }
}
