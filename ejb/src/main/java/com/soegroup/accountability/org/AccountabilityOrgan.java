package com.soegroup.accountability.org;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An accountability organ of an enterprise (篇二 附件): its name, when and by which document it was set up, the
 * department that hosts it, its duties and staff, and its members in the order the report lists them.
 */
@Entity
@Table(name = "accountability_organ")
public class AccountabilityOrgan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id", updatable = false)
    private Enterprise enterprise;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private OrganKind kind;

    @Column(nullable = false)
    private String name;

    @Column(name = "established_on")
    private LocalDate establishedOn;

    private String basis;

    @Column(name = "host_department")
    private String hostDepartment;

    private String duties;

    @Column(name = "staff_count")
    private Integer staffCount;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "organ", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<OrganMember> members = new ArrayList<>();

    @Version
    private int version;

    protected AccountabilityOrgan() {
    }

    AccountabilityOrgan(Enterprise enterprise, OrganKind kind, Instant now) {
        this.enterprise = enterprise;
        this.kind = kind;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void describe(String name, LocalDate establishedOn, String basis, String hostDepartment, String duties,
                  Integer staffCount, Instant now) {
        this.name = name;
        this.establishedOn = establishedOn;
        this.basis = basis;
        this.hostDepartment = hostDepartment;
        this.duties = duties;
        this.staffCount = staffCount;
        this.updatedAt = now;
    }

    /** Replaces the members; their order is the order given. */
    void members(List<OrganMember> replacement) {
        members.clear();
        for (int i = 0; i < replacement.size(); i++) {
            OrganMember m = replacement.get(i);
            m.place(this, i);
            members.add(m);
        }
    }

    public Long id() { return id; }
    public Enterprise enterprise() { return enterprise; }
    public OrganKind kind() { return kind; }
    public String name() { return name; }
    public LocalDate establishedOn() { return establishedOn; }
    public String basis() { return basis; }
    public String hostDepartment() { return hostDepartment; }
    public String duties() { return duties; }
    public Integer staffCount() { return staffCount; }
    public Instant updatedAt() { return updatedAt; }
    public List<OrganMember> members() { return members; }
    public int version() { return version; }
}
