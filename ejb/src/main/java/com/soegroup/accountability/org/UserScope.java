package com.soegroup.accountability.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** ADMIN's settings for one user's scope: a home enterprise instead of the directory's, and extra grants. */
@Entity
@Table(name = "user_scope")
public class UserScope {

    @Id
    @Column(name = "user_id")
    private String userId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "home_enterprise_id")
    private Enterprise homeEnterprise;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "user_scope_grant", joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "enterprise_id"))
    private Set<Enterprise> grants = new HashSet<>();

    private String note;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected UserScope() {
    }

    UserScope(String userId) {
        this.userId = userId;
    }

    void set(Enterprise home, Set<Enterprise> newGrants, String newNote, String by, Instant at) {
        this.homeEnterprise = home;
        this.grants.clear();
        this.grants.addAll(newGrants);
        this.note = newNote;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public String userId() {
        return userId;
    }

    public Enterprise homeEnterprise() {
        return homeEnterprise;
    }

    public Set<Enterprise> grants() {
        return Set.copyOf(grants);
    }

    public String note() {
        return note;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public int version() {
        return version;
    }
}
