package com.soegroup.accountability.duty;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A participant of the meeting as recorded: a person of the master data (id and employee number kept, so the
 * person's history finds the record whatever becomes of the person) or an outsider by name alone.
 */
@Embeddable
public class DutyParticipant {

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "employee_no")
    private String employeeNo;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "participant_role", nullable = false)
    private ParticipantRole role;

    @Enumerated(EnumType.STRING)
    private DutyOpinion opinion;

    private String reasons;

    protected DutyParticipant() {
    }

    DutyParticipant(Long personId, String employeeNo, String name, ParticipantRole role, DutyOpinion opinion, String reasons) {
        this.personId = personId;
        this.employeeNo = employeeNo;
        this.name = name;
        this.role = role;
        this.opinion = opinion;
        this.reasons = reasons;
    }

    public Long personId() { return personId; }
    public String employeeNo() { return employeeNo; }
    public String name() { return name; }
    public ParticipantRole role() { return role; }
    public DutyOpinion opinion() { return opinion; }
    public String reasons() { return reasons; }
}
