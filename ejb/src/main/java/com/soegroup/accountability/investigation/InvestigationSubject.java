package com.soegroup.accountability.investigation;

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

/** A person under investigation (被调查人), copied from the master data as it stood at opening. */
@Entity
@Table(name = "investigation_subject")
public class InvestigationSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "investigation_id", updatable = false)
    private Investigation investigation;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(name = "employee_no", nullable = false, updatable = false)
    private String employeeNo;

    @Column(nullable = false)
    private String name;

    @Column(name = "enterprise_code", nullable = false)
    private String enterpriseCode;

    private String post;

    @Column(name = "enterprise_head", nullable = false)
    private boolean enterpriseHead;

    @Version
    private int version;

    protected InvestigationSubject() {
    }

    InvestigationSubject(Investigation investigation, Long personId, String employeeNo, String name, String enterpriseCode,
                         String post, boolean enterpriseHead) {
        this.investigation = investigation;
        this.personId = personId;
        this.employeeNo = employeeNo;
        this.name = name;
        this.enterpriseCode = enterpriseCode;
        this.post = post;
        this.enterpriseHead = enterpriseHead;
    }

    public Long id() { return id; }
    public Investigation investigation() { return investigation; }
    public Long personId() { return personId; }
    public String employeeNo() { return employeeNo; }
    public String name() { return name; }
    public String enterpriseCode() { return enterpriseCode; }
    public String post() { return post; }
    public boolean enterpriseHead() { return enterpriseHead; }
}
