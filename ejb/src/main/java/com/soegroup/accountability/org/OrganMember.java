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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A member of an organ: the post in it, and the name, department, post and contacts as reported; linked to the
 * person of the master data where there is one.
 */
@Entity
@Table(name = "organ_member")
public class OrganMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organ_id")
    private AccountabilityOrgan organ;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganPosition position;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(nullable = false)
    private String name;

    private String department;

    private String post;

    private String phone;

    private String email;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private int version;

    protected OrganMember() {
    }

    OrganMember(OrganPosition position, Person person, String name, String department, String post, String phone,
                String email) {
        this.position = position;
        this.person = person;
        this.name = name;
        this.department = department;
        this.post = post;
        this.phone = phone;
        this.email = email;
    }

    void place(AccountabilityOrgan organ, int sortOrder) {
        this.organ = organ;
        this.sortOrder = sortOrder;
    }

    public OrganPosition position() { return position; }
    public Person person() { return person; }
    public String name() { return name; }
    public String department() { return department; }
    public String post() { return post; }
    public String phone() { return phone; }
    public String email() { return email; }
}
