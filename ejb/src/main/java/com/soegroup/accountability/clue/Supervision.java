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

/** Flagged supervision (挂牌督办) of a clue by a leader: deadline and how often progress is due. */
@Entity
@Table(name = "supervision")
public class Supervision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clue_id", updatable = false)
    private Clue clue;

    @Column(name = "leader_user_id", nullable = false)
    private String leaderUserId;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(name = "progress_interval_days", nullable = false)
    private int progressIntervalDays;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "started_by", nullable = false)
    private String startedBy;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Version
    private int version;

    protected Supervision() {
    }

    Supervision(Clue clue, String leaderUserId, LocalDate deadline, int progressIntervalDays, LocalDate startedOn,
                String startedBy) {
        this.clue = clue;
        this.leaderUserId = leaderUserId;
        this.deadline = deadline;
        this.progressIntervalDays = progressIntervalDays;
        this.startedOn = startedOn;
        this.startedBy = startedBy;
    }

    void end(LocalDate on) {
        this.endedOn = on;
    }

    public Long id() { return id; }
    public Clue clue() { return clue; }
    public String leaderUserId() { return leaderUserId; }
    public LocalDate deadline() { return deadline; }
    public int progressIntervalDays() { return progressIntervalDays; }
    public LocalDate startedOn() { return startedOn; }
    public String startedBy() { return startedBy; }
    public LocalDate endedOn() { return endedOn; }
}
