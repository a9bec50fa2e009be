package com.soegroup.accountability.web.clue;

import com.soegroup.accountability.clue.ClueData;
import com.soegroup.accountability.clue.ClueDetail;
import com.soegroup.accountability.clue.ClueLedgerService;
import com.soegroup.accountability.clue.ClueService;
import com.soegroup.accountability.clue.ClueSource;
import com.soegroup.accountability.clue.ClueSummary;
import com.soegroup.accountability.org.EnterpriseService;
import com.soegroup.accountability.org.EnterpriseSummary;
import com.soegroup.accountability.rule.level.LossLevel;
import com.soegroup.accountability.ruleset.CircumstanceService;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Submissions;
import com.soegroup.accountability.web.rule.CircumstanceChoice;
import com.soegroup.accountability.web.shell.UserSession;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * 登记线索 (clue/register.xhtml): the registration form, with the open clues that look like this one shown
 * before saving (查重). A liaison registers for their own enterprise, the office for any in its scope.
 */
@Named
@ViewScoped
public class ClueRegisterView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A line of the persons concerned: an employee number from the master data, or a name as written. */
    public static class PersonRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String employeeNo;
        private String name;
        private String note;

        public String getEmployeeNo() { return employeeNo; }
        public void setEmployeeNo(String employeeNo) { this.employeeNo = employeeNo; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    @EJB
    private ClueService clues;

    @EJB
    private ClueLedgerService ledger;

    @EJB
    private EnterpriseService enterprises;

    @EJB
    private CircumstanceService circumstanceCatalogue;

    @Inject
    private UserSession session;

    // the scope's enterprise tree (hundreds of lines): read again where the session is, not carried with it
    private transient List<EnterpriseSummary> enterpriseOptions;
    private String source;
    private LocalDate receivedOn = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private String enterprise;
    private final List<PersonRow> persons = new ArrayList<>();
    private String summary;
    private BigDecimal possibleLoss;
    private String level;
    private String levelReason;
    private LossLevel computedLevel;
    private boolean assetsMissing;
    private String reporterName;
    private String reporterContact;
    private List<ClueSummary> similar = List.of();
    private String formToken = Submissions.newToken();
    private boolean checked;
    private CircumstanceChoice circumstances;

    @PostConstruct
    void init() {
        enterprise = session.getCaller().homeEnterprise();
        persons.add(new PersonRow());
        circumstances = new CircumstanceChoice(circumstanceCatalogue.inForce().orElse(null));
    }

    /** The form's token, posted back as a hidden field: the same form posted twice registers once. */
    public String getFormToken() {
        return formToken;
    }

    public void setFormToken(String formToken) {
        this.formToken = formToken;
    }

    public void addPerson() {
        persons.add(new PersonRow());
    }

    public void removePerson(PersonRow row) {
        persons.remove(row);
    }

    /** Shows the open clues that look like this one; saving afterwards is the user's decision. */
    public void checkDuplicates() {
        similar = ledger.similar(data());
        checked = true;
    }

    /** Shows the level the rules give the possible loss (M§19) as the amount or the enterprise changes. */
    public void computeLevel() {
        computedLevel = null;
        assetsMissing = false;
        clues.computedLevel(enterprise, possibleLoss).ifPresent(result -> {
            computedLevel = result.level();
            assetsMissing = result.assetsMissing();
        });
        if (!blank(level) && computedLevel != null && LossLevel.valueOf(level).compareTo(computedLevel) <= 0) {
            // a choice at or below what the figures now say is no longer a choice: the computed level applies
            level = null;
        }
    }

    /** The levels a person may choose: the computed one and those above it (raising only). */
    public List<LossLevel> getLevelChoices() {
        return Arrays.stream(LossLevel.values()).filter(l -> computedLevel == null || l.compareTo(computedLevel) >= 0).toList();
    }

    /** Whether the chosen level is above the computed one, which needs a reason. */
    public boolean isRaising() {
        return !blank(level) && (computedLevel == null || LossLevel.valueOf(level).compareTo(computedLevel) > 0);
    }

    public String save() {
        ClueDetail created = clues.register(data(), formToken);
        return "/clue/detail?faces-redirect=true&registered=true&no=" + created.clue().ledgerNo();
    }

    private ClueData data() {
        List<ClueData.PersonConcerned> concerned = persons.stream()
                .filter(p -> !blank(p.employeeNo) || !blank(p.name) || !blank(p.note))
                .map(p -> new ClueData.PersonConcerned(p.employeeNo, p.name, p.note)).toList();
        return new ClueData(blank(source) ? null : ClueSource.valueOf(source), receivedOn, enterprise, concerned, summary,
                possibleLoss, blank(level) ? null : LossLevel.valueOf(level), reporterName, reporterContact,
                isRaising() ? levelReason : null, circumstances.codes());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The office registers for any enterprise of its scope, a liaison for their own. */
    public List<EnterpriseSummary> getEnterpriseOptions() {
        if (enterpriseOptions == null) {
            String home = session.getCaller().homeEnterprise();
            boolean office = session.getCaller().has(Role.OFFICE);
            enterpriseOptions = enterprises.tree().stream().filter(e -> office || e.code().equals(home)).toList();
        }
        return enterpriseOptions;
    }

    public ClueSource[] getSourceOptions() { return ClueSource.values(); }
    public LossLevel[] getLevelOptions() { return LossLevel.values(); }
    public List<PersonRow> getPersons() { return persons; }
    public CircumstanceChoice getCircumstances() { return circumstances; }
    public List<ClueSummary> getSimilar() { return similar; }
    public boolean isChecked() { return checked; }
    public boolean isReporterVisible() { return session.getCaller().has(Role.OFFICE) || session.getCaller().has(Role.LEADER) || session.getCaller().has(Role.LIAISON); }

    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
    public String getEnterprise() { return enterprise; }
    public void setEnterprise(String enterprise) { this.enterprise = enterprise; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public BigDecimal getPossibleLoss() { return possibleLoss; }
    public void setPossibleLoss(BigDecimal possibleLoss) { this.possibleLoss = possibleLoss; }
    public String getLevelReason() { return levelReason; }
    public void setLevelReason(String levelReason) { this.levelReason = levelReason; }
    public LossLevel getComputedLevel() { return computedLevel; }
    public boolean isAssetsMissing() { return assetsMissing; }
    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = level; }
    public String getReporterName() { return reporterName; }
    public void setReporterName(String reporterName) { this.reporterName = reporterName; }
    public String getReporterContact() { return reporterContact; }
    public void setReporterContact(String reporterContact) { this.reporterContact = reporterContact; }
}
