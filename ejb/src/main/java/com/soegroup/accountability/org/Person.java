package com.soegroup.accountability.org;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person of the group (人员). The ID-document number is kept only as a keyed hash and its last four
 * characters: the clear number never reaches the database (see {@link IdNumbers}).
 */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    private Long id;

    @Column(name = "employee_no", nullable = false, updatable = false)
    private String employeeNo;

    @Column(nullable = false)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id")
    private Enterprise enterprise;

    private String department;

    private String post;

    @Column(name = "post_level")
    private String postLevel;

    @Column(name = "enterprise_head", nullable = false)
    private boolean enterpriseHead;

    @Column(name = "leadership_member", nullable = false)
    private boolean leadershipMember;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PersonStatus status = PersonStatus.ACTIVE;

    @Column(name = "status_date")
    private LocalDate statusDate;

    @Column(name = "ldap_user_id")
    private String ldapUserId;

    @Column(name = "id_hash")
    private String idHash;

    @Column(name = "id_last_four")
    private String idLastFour;

    @Version
    private int version;

    protected Person() {
    }

    Person(String employeeNo) {
        this.employeeNo = employeeNo;
    }

    /**
     * Sets everything from {@code data}. The ID fields change only when the data carries a (hashed) number:
     * an import or a form that leaves the number empty keeps the one on record.
     */
    void apply(PersonData data, Enterprise newEnterprise) {
        this.name = data.name();
        this.enterprise = newEnterprise;
        this.department = data.department();
        this.post = data.post();
        this.postLevel = data.postLevel();
        this.enterpriseHead = data.enterpriseHead();
        this.leadershipMember = data.leadershipMember();
        this.status = data.status();
        this.statusDate = data.statusDate();
        this.ldapUserId = data.ldapUserId();
        if (data.idHash() != null) {
            this.idHash = data.idHash();
            this.idLastFour = data.idLastFour();
        }
    }

    boolean same(PersonData data, Long enterpriseId) {
        return Objects.equals(name, data.name()) && Objects.equals(enterprise.id(), enterpriseId)
                && Objects.equals(department, data.department()) && Objects.equals(post, data.post())
                && Objects.equals(postLevel, data.postLevel()) && enterpriseHead == data.enterpriseHead()
                && leadershipMember == data.leadershipMember() && status == data.status()
                && Objects.equals(statusDate, data.statusDate()) && Objects.equals(ldapUserId, data.ldapUserId())
                && (data.idHash() == null || data.idHash().equals(idHash));
    }

    PersonData data() {
        return new PersonData(name, enterprise.code(), department, post, postLevel, enterpriseHead, leadershipMember,
                status, statusDate, ldapUserId, idHash, idLastFour);
    }

    public Long id() {
        return id;
    }

    public String employeeNo() {
        return employeeNo;
    }

    public String name() {
        return name;
    }

    public Enterprise enterprise() {
        return enterprise;
    }

    public String department() {
        return department;
    }

    public String post() {
        return post;
    }

    public String postLevel() {
        return postLevel;
    }

    public boolean enterpriseHead() {
        return enterpriseHead;
    }

    public boolean leadershipMember() {
        return leadershipMember;
    }

    public PersonStatus status() {
        return status;
    }

    public LocalDate statusDate() {
        return statusDate;
    }

    public String ldapUserId() {
        return ldapUserId;
    }

    public String idHash() {
        return idHash;
    }

    public String idLastFour() {
        return idLastFour;
    }

    public int version() {
        return version;
    }
}
