package com.soegroup.accountability.training;

import com.soegroup.accountability.org.Enterprise;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A training course held (业务培训): who organised it, when, how long, who took part. */
@Entity
@Table(name = "training")
public class Training {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "training_no", nullable = false, updatable = false)
    private String trainingNo;

    @Column(name = "training_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "training_seq", nullable = false, updatable = false)
    private int serial;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organiser_enterprise_id", updatable = false)
    private Enterprise organiser;

    @Column(nullable = false)
    private String course;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false)
    private BigDecimal hours;

    @Column(name = "external_participants", nullable = false)
    private int externalParticipants;

    private String materials;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "training_participant", joinColumns = @JoinColumn(name = "training_id"))
    @Column(name = "person_id")
    private Set<Long> participantIds = new HashSet<>();

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected Training() {
    }

    Training(String trainingNo, int year, int serial, Enterprise organiser, String course, LocalDate heldOn,
             BigDecimal hours, int externalParticipants, String materials, Set<Long> participantIds, String createdBy,
             Instant createdAt) {
        this.trainingNo = trainingNo;
        this.year = year;
        this.serial = serial;
        this.organiser = organiser;
        this.course = course;
        this.heldOn = heldOn;
        this.hours = hours;
        this.externalParticipants = externalParticipants;
        this.materials = materials;
        this.participantIds = new HashSet<>(participantIds);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long id() { return id; }
    public String trainingNo() { return trainingNo; }
    public Enterprise organiser() { return organiser; }
    public String course() { return course; }
    public LocalDate heldOn() { return heldOn; }
    public BigDecimal hours() { return hours; }
    public int externalParticipants() { return externalParticipants; }
    public String materials() { return materials; }
    public Set<Long> participantIds() { return participantIds; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public int version() { return version; }
}
