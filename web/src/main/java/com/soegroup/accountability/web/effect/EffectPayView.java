package com.soegroup.accountability.web.effect;

import com.soegroup.accountability.decision.DecisionPayMissing;
import com.soegroup.accountability.decision.DecisionPayService;
import com.soegroup.accountability.effect.EffectService;
import com.soegroup.accountability.org.PayData;
import com.soegroup.accountability.org.PayEntryService;
import com.soegroup.accountability.org.PayYear;
import com.soegroup.accountability.org.PersonService;
import com.soegroup.accountability.org.PersonSummary;
import com.soegroup.accountability.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * 录入薪酬 (effect/pay.xhtml): HR enters or corrects a person's yearly pay on screen — the people whose served
 * decisions wait for it first (待录入薪酬, one click fills the form), the person's years on record, the form — and
 * downloads the batch template for the import.
 */
@Named
@ViewScoped
public class EffectPayView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int LACKING_SHOWN = 200;

    @EJB
    private PayEntryService entries;

    @EJB
    private PersonService people;

    @EJB
    private EffectService effects;

    @EJB
    private DecisionPayService pays;

    private String employeeNo;
    private Integer year;
    private BigDecimal performanceSalary;
    private BigDecimal termIncentive;
    private BigDecimal longTermIncentive;
    private Integer version;
    private PersonSummary person;
    private List<PayYear> years = List.of();
    // up to 200 lines, read again where the session moved to
    private transient List<DecisionPayMissing> lacking;

    /** The view action: a link from the worklist names the person and the year. */
    public void load() {
        if (employeeNo != null && !employeeNo.isBlank()) {
            Integer asked = year;
            open();
            year = asked;
            fillFromRecord();
        }
    }

    /** Finds the person of HR's scope by employee number and reads the years on record. */
    public void open() {
        String number = employeeNo == null ? "" : employeeNo.strip();
        person = effects.findPeople(number).stream().filter(p -> p.employeeNo().equals(number)).findFirst().orElse(null);
        years = List.of();
        version = null;
        if (person == null) {
            Pages.error("effect.payEntry.personUnknown", number);
            return;
        }
        years = people.pay(person.employeeNo());
    }

    /** Starts from a line of the worklist: that person, that year, amounts to fill in. */
    public void take(DecisionPayMissing missing) {
        employeeNo = missing.employeeNo();
        open();
        year = missing.year();
        fillFromRecord();
    }

    /** Puts a year on record into the form, to correct it. */
    public void edit(PayYear y) {
        year = y.year();
        fillFromRecord();
    }

    public void save() {
        PayYear saved = entries.enter(person == null ? employeeNo : person.employeeNo(), year,
                new PayData(performanceSalary, termIncentive, longTermIncentive), version);
        Pages.info("effect.payEntry.saved", person == null ? employeeNo : person.name(), saved.year());
        years = people.pay(person == null ? employeeNo : person.employeeNo());
        lacking = null;
        year = null;
        performanceSalary = null;
        termIncentive = null;
        longTermIncentive = null;
        version = null;
    }

    public StreamedContent getTemplate() {
        byte[] content = pays.payTemplate();
        return DefaultStreamedContent.builder().name("pay-batch-template.xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(content)).build();
    }

    private void fillFromRecord() {
        PayYear onRecord = years.stream().filter(y -> year != null && y.year() == year).findFirst().orElse(null);
        performanceSalary = onRecord == null ? null : onRecord.performanceSalary();
        termIncentive = onRecord == null ? null : onRecord.termIncentive();
        longTermIncentive = onRecord == null ? null : onRecord.longTermIncentive();
        version = onRecord == null ? null : onRecord.version();
    }

    public List<DecisionPayMissing> getLacking() {
        if (lacking == null) {
            lacking = Pages.readWhileWriting(() -> pays.lackingPay(LACKING_SHOWN), List.of());
        }
        return lacking;
    }

    public boolean isCorrecting() { return version != null; }
    public PersonSummary getPerson() { return person; }
    public List<PayYear> getYears() { return years; }
    public String getEmployeeNo() { return employeeNo; }
    public void setEmployeeNo(String employeeNo) { this.employeeNo = employeeNo; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public BigDecimal getPerformanceSalary() { return performanceSalary; }
    public void setPerformanceSalary(BigDecimal performanceSalary) { this.performanceSalary = performanceSalary; }
    public BigDecimal getTermIncentive() { return termIncentive; }
    public void setTermIncentive(BigDecimal termIncentive) { this.termIncentive = termIncentive; }
    public BigDecimal getLongTermIncentive() { return longTermIncentive; }
    public void setLongTermIncentive(BigDecimal longTermIncentive) { this.longTermIncentive = longTermIncentive; }
}
