package com.soegroup.accountability.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;

/** A person's pay of one year: the bases of pay claw-back (绩效年薪, 任期激励收入, 中长期激励收入). */
@Entity
@Table(name = "person_pay")
public class PersonPay {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_pay_seq")
    @SequenceGenerator(name = "person_pay_seq", sequenceName = "person_pay_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(nullable = false)
    private int year;

    @Column(name = "performance_salary", precision = 18, scale = 2)
    private BigDecimal performanceSalary;

    @Column(name = "term_incentive", precision = 18, scale = 2)
    private BigDecimal termIncentive;

    @Column(name = "long_term_incentive", precision = 18, scale = 2)
    private BigDecimal longTermIncentive;

    @Column(name = "entered_by", nullable = false)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    @Version
    private int version;

    protected PersonPay() {
    }

    PersonPay(Person person, int year) {
        this.person = person;
        this.year = year;
    }

    boolean same(PayData data) {
        return equal(performanceSalary, data.performanceSalary()) && equal(termIncentive, data.termIncentive())
                && equal(longTermIncentive, data.longTermIncentive());
    }

    void apply(PayData data, String userId, Instant now) {
        this.performanceSalary = data.performanceSalary();
        this.termIncentive = data.termIncentive();
        this.longTermIncentive = data.longTermIncentive();
        this.enteredBy = userId;
        this.enteredAt = now;
    }

    private static boolean equal(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    public Person person() {
        return person;
    }

    public int year() {
        return year;
    }

    public BigDecimal performanceSalary() {
        return performanceSalary;
    }

    public BigDecimal termIncentive() {
        return termIncentive;
    }

    public BigDecimal longTermIncentive() {
        return longTermIncentive;
    }

    public String enteredBy() {
        return enteredBy;
    }

    public Instant enteredAt() {
        return enteredAt;
    }

    public int version() {
        return version;
    }
}
