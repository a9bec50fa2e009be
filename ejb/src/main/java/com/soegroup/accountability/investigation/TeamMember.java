package com.soegroup.accountability.investigation;

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

/** A member of the verification working group with the department they come from and their recusal declaration. */
@Entity
@Table(name = "investigation_member")
public class TeamMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "investigation_id", updatable = false)
    private Investigation investigation;

    @Column(name = "user_id", nullable = false, updatable = false)
    private String userId;

    @Column(name = "employee_no")
    private String employeeNo;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String department;

    @Enumerated(EnumType.STRING)
    @Column(name = "team_role", nullable = false)
    private TeamRole teamRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Recusal recusal;

    private String statement;

    @Column(name = "declared_at")
    private Instant declaredAt;

    @Column(name = "assigned_by", nullable = false)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Version
    private int version;

    protected TeamMember() {
    }

    TeamMember(Investigation investigation, String userId, String employeeNo, String name, String department,
               TeamRole teamRole, String assignedBy, Instant assignedAt) {
        this.investigation = investigation;
        this.userId = userId;
        this.employeeNo = employeeNo;
        this.name = name;
        this.department = department;
        this.teamRole = teamRole;
        this.recusal = Recusal.PENDING;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    void declare(boolean conflict, String statement, Instant at) {
        this.recusal = conflict ? Recusal.CONFLICT : Recusal.NO_CONFLICT;
        this.statement = statement;
        this.declaredAt = at;
    }

    void changeRole(TeamRole role) {
        this.teamRole = role;
    }

    public Long id() { return id; }
    public Investigation investigation() { return investigation; }
    public String userId() { return userId; }
    public String employeeNo() { return employeeNo; }
    public String name() { return name; }
    public String department() { return department; }
    public TeamRole teamRole() { return teamRole; }
    public Recusal recusal() { return recusal; }
    public String statement() { return statement; }
    public Instant declaredAt() { return declaredAt; }
    public boolean onTeam() { return recusal != Recusal.CONFLICT; }
}
