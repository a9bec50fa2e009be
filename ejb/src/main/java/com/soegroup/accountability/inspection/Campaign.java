package com.soegroup.accountability.inspection;

import com.soegroup.accountability.org.Enterprise;
import jakarta.persistence.Column;
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

import java.time.Instant;
import java.time.LocalDate;

/**
 * A self-inspection campaign (自查专项行动) over the subtree of {@code root}: launched RUNNING with its checklist and
 * answer sheets, CLOSED by OFFICE when it is over.
 */
@Entity
@Table(name = "campaign")
public class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_no", nullable = false, updatable = false)
    private String campaignNo;

    @Column(name = "campaign_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "campaign_seq", nullable = false, updatable = false)
    private int serial;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "root_enterprise_id", updatable = false)
    private Enterprise root;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(nullable = false, updatable = false)
    private String topic;

    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CampaignStatus status;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private int version;

    protected Campaign() {
    }

    Campaign(String campaignNo, int year, int serial, Enterprise root, String title, String topic, LocalDate dueDate,
             String createdBy, Instant createdAt) {
        this.campaignNo = campaignNo;
        this.year = year;
        this.serial = serial;
        this.root = root;
        this.title = title;
        this.topic = topic;
        this.dueDate = dueDate;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.status = CampaignStatus.RUNNING;
    }

    void close(Instant at) {
        this.status = CampaignStatus.CLOSED;
        this.closedAt = at;
    }

    public Long id() { return id; }
    public String campaignNo() { return campaignNo; }
    public int year() { return year; }
    public Enterprise root() { return root; }
    public String title() { return title; }
    public String topic() { return topic; }
    public LocalDate dueDate() { return dueDate; }
    public CampaignStatus status() { return status; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant closedAt() { return closedAt; }
    public int version() { return version; }
}
