package com.soegroup.accountability.clue;

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

/** A person concerned by a clue (被反映人); with an employee number the person is also recused from the clue. */
@Entity
@Table(name = "clue_person")
public class CluePerson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clue_id", updatable = false)
    private Clue clue;

    @Column(name = "employee_no")
    private String employeeNo;

    @Column(nullable = false)
    private String name;

    private String note;

    @Version
    private int version;

    protected CluePerson() {
    }

    CluePerson(Clue clue, String employeeNo, String name, String note) {
        this.clue = clue;
        this.employeeNo = employeeNo;
        this.name = name;
        this.note = note;
    }

    public Clue clue() { return clue; }
    public String employeeNo() { return employeeNo; }
    public String name() { return name; }
    public String note() { return note; }
}
