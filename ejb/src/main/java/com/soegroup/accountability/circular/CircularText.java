package com.soegroup.accountability.circular;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** One saved version of a circular's text (the table refuses changes). */
@Entity
@Immutable
@Table(name = "circular_text")
public class CircularText {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "circular_id", nullable = false)
    private Long circularId;

    @Column(name = "text_no", nullable = false)
    private int textNo;

    private String title;
    private String facts;
    private String violation;
    private String handling;
    private String lesson;

    @Column(name = "saved_by", nullable = false)
    private String savedBy;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Version
    private int version;

    protected CircularText() {
    }

    CircularText(Long circularId, int textNo, CircularParts parts, String savedBy, Instant savedAt) {
        this.circularId = circularId;
        this.textNo = textNo;
        this.title = parts.title();
        this.facts = parts.facts();
        this.violation = parts.violation();
        this.handling = parts.handling();
        this.lesson = parts.lesson();
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    public int textNo() { return textNo; }
    public String savedBy() { return savedBy; }
    public Instant savedAt() { return savedAt; }
    public CircularParts parts() { return new CircularParts(title, facts, violation, handling, lesson); }
}
