package com.soegroup.accountability.preference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** What a user chose for themselves, kept across sign-ins. */
@Entity
@Table(name = "user_preference")
public class UserPreference {

    @Id
    @Column(name = "user_id")
    private String userId;

    @Column(nullable = false)
    private String locale;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected UserPreference() {
    }

    UserPreference(String userId, String locale, Instant now) {
        this.userId = userId;
        this.locale = locale;
        this.updatedAt = now;
    }

    void changeLocale(String newLocale, Instant now) {
        this.locale = newLocale;
        this.updatedAt = now;
    }

    public String userId() {
        return userId;
    }

    public String locale() {
        return locale;
    }
}
