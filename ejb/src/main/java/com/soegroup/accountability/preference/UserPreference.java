package com.soegroup.accountability.preference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** What a user chose for themselves, kept across sign-ins: the language, and whether the daily to-do digest comes. */
@Entity
@Table(name = "user_preference")
public class UserPreference {

    @Id
    @Column(name = "user_id")
    private String userId;

    /** Null until the user chooses a language. */
    @Column
    private String locale;

    @Column(name = "task_digest", nullable = false)
    private boolean taskDigest = true;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected UserPreference() {
    }

    UserPreference(String userId, Instant now) {
        this.userId = userId;
        this.updatedAt = now;
    }

    void changeLocale(String newLocale, Instant now) {
        this.locale = newLocale;
        this.updatedAt = now;
    }

    void changeTaskDigest(boolean wanted, Instant now) {
        this.taskDigest = wanted;
        this.updatedAt = now;
    }

    public String userId() {
        return userId;
    }

    public String locale() {
        return locale;
    }

    public boolean taskDigest() {
        return taskDigest;
    }
}
