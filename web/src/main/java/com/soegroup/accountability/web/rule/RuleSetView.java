package com.soegroup.accountability.web.rule;

import com.soegroup.accountability.rule.RuleInputException;
import com.soegroup.accountability.rule.level.LossLevelTier;
import com.soegroup.accountability.rule.sanction.Measure;
import com.soegroup.accountability.rule.sanction.PercentRange;
import com.soegroup.accountability.rule.sanction.SanctionRow;
import com.soegroup.accountability.rule.set.RuleSet;
import com.soegroup.accountability.rule.set.RuleSetStatus;
import com.soegroup.accountability.ruleset.RuleSetAdminService;
import com.soegroup.accountability.ruleset.RuleSetFilingData;
import com.soegroup.accountability.ruleset.RuleSetFilingService;
import com.soegroup.accountability.ruleset.RuleSetFilingSummary;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One rule set (rule/set.xhtml?code=): its tables, and for a draft the editing of thresholds and matrix rows;
 * the lifecycle steps. The form holds plain editable rows; the service checks the whole set when it is saved.
 */
@Named
@ViewScoped
public class RuleSetView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @EJB
    private RuleSetAdminService admin;

    @EJB
    private RuleSetFilingService filingService;

    private String code;
    private RuleSetAdminService.Versioned current;
    private List<TierForm> tiers;
    private List<RowForm> rows;
    private LocalDate inForceFrom;
    private LocalDate filingDate;
    private String filingReference;
    private String filedWith;
    private String filingNote;
    private List<RuleSetFilingSummary> filings = List.of();

    /** A loss-level tier as edited: the share test in percent, as people write it (1 for 1%). */
    public static class TierForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private final LossLevelTier original;
        private BigDecimal amountFrom;
        private BigDecimal sharePercent;
        private String article;

        TierForm(LossLevelTier tier) {
            original = tier;
            amountFrom = tier.amountFrom();
            sharePercent = tier.shareFrom() == null ? null : tier.shareFrom().multiply(HUNDRED).stripTrailingZeros();
            article = tier.article();
        }

        LossLevelTier toTier() {
            BigDecimal share = sharePercent == null ? null : sharePercent.divide(HUNDRED, 10, RoundingMode.UNNECESSARY);
            return new LossLevelTier(original.level(), amountFrom, share, article);
        }

        public LossLevelTier getOriginal() { return original; }
        public BigDecimal getAmountFrom() { return amountFrom; }
        public void setAmountFrom(BigDecimal amountFrom) { this.amountFrom = amountFrom; }
        public BigDecimal getSharePercent() { return sharePercent; }
        public void setSharePercent(BigDecimal sharePercent) { this.sharePercent = sharePercent; }
        public String getArticle() { return article; }
        public void setArticle(String article) { this.article = article; }
    }

    /** A row of the sanction matrix as edited. */
    public static class RowForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private final SanctionRow original;
        private Measure[] measures;
        private BigDecimal perfMin;
        private BigDecimal perfMax;
        private BigDecimal termMin;
        private BigDecimal termMax;
        private boolean defer;
        private boolean endRights;
        private Integer handBackYears;
        private Integer barYears;
        private boolean barPermanent;
        private String article;

        RowForm(SanctionRow row) {
            original = row;
            measures = row.measures().toArray(Measure[]::new);
            perfMin = row.performanceSalaryPercent() == null ? null : row.performanceSalaryPercent().min();
            perfMax = row.performanceSalaryPercent() == null ? null : row.performanceSalaryPercent().max();
            termMin = row.termIncentivePercent() == null ? null : row.termIncentivePercent().min();
            termMax = row.termIncentivePercent() == null ? null : row.termIncentivePercent().max();
            defer = row.deferPerformanceSalary();
            endRights = row.endUnexercisedRights();
            handBackYears = row.handBackYears();
            barYears = row.incentiveBarYears();
            barPermanent = row.incentiveBarPermanent();
            article = row.article();
        }

        SanctionRow toRow() {
            return new SanctionRow(original.level(), original.responsibilities(), Arrays.asList(measures),
                    range(perfMin, perfMax), range(termMin, termMax), defer, endRights, handBackYears,
                    barPermanent ? null : barYears, barPermanent, article);
        }

        private static PercentRange range(BigDecimal min, BigDecimal max) {
            return min == null && max == null ? null : new PercentRange(min, max);
        }

        public SanctionRow getOriginal() { return original; }
        public Measure[] getMeasures() { return measures; }
        public void setMeasures(Measure[] measures) { this.measures = measures; }
        public BigDecimal getPerfMin() { return perfMin; }
        public void setPerfMin(BigDecimal perfMin) { this.perfMin = perfMin; }
        public BigDecimal getPerfMax() { return perfMax; }
        public void setPerfMax(BigDecimal perfMax) { this.perfMax = perfMax; }
        public BigDecimal getTermMin() { return termMin; }
        public void setTermMin(BigDecimal termMin) { this.termMin = termMin; }
        public BigDecimal getTermMax() { return termMax; }
        public void setTermMax(BigDecimal termMax) { this.termMax = termMax; }
        public boolean isDefer() { return defer; }
        public void setDefer(boolean defer) { this.defer = defer; }
        public boolean isEndRights() { return endRights; }
        public void setEndRights(boolean endRights) { this.endRights = endRights; }
        public Integer getHandBackYears() { return handBackYears; }
        public void setHandBackYears(Integer handBackYears) { this.handBackYears = handBackYears; }
        public Integer getBarYears() { return barYears; }
        public void setBarYears(Integer barYears) { this.barYears = barYears; }
        public boolean isBarPermanent() { return barPermanent; }
        public void setBarPermanent(boolean barPermanent) { this.barPermanent = barPermanent; }
        public String getArticle() { return article; }
        public void setArticle(String article) { this.article = article; }
    }

    public void load() {
        show(admin.get(code));
    }

    public void save() {
        change(() -> {
            RuleSet set = current.set();
            List<LossLevelTier> editedTiers = tiers.stream().map(TierForm::toTier).toList();
            List<SanctionRow> editedRows = rows.stream().map(RowForm::toRow).toList();
            return admin.updateDraft(code, current.version(), new RuleSet(set.code(), set.issuer(), set.title(),
                    set.effectiveFrom(), set.filingDate(), set.status(), false, editedTiers, editedRows, set.effects(),
                    set.ban(), set.clawBack(), set.articles(), set.reporting(), set.circumstanceCatalogue(),
                    set.exemptionList()));
        }, "ruleSetPage.saved");
    }

    public void confirmReviewed() {
        change(() -> admin.confirmReviewed(code, current.version()), "ruleSetPage.reviewed");
    }

    public void putInForce() {
        change(() -> admin.putInForce(code, current.version(), inForceFrom), "ruleSetPage.inForce");
    }

    /** Records a filing of the version shown (M§40); the form clears once it is kept. */
    public void recordFiling() {
        filingService.record(code, current.version(), new RuleSetFilingData(filingDate, filingReference, filedWith, filingNote));
        show(admin.get(code));
        filingReference = null;
        filingNote = null;
        Pages.info("ruleSetPage.filed");
    }

    /** The filing package (the set as a document) in {@code docx} or {@code pdf}. */
    public String documentUrl(String format) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/v1/rules/sets/"
                + URLEncoder.encode(code, StandardCharsets.UTF_8) + "/filings/package." + format;
    }

    public void retire() {
        change(() -> admin.retire(code, current.version()), "ruleSetPage.retired");
    }

    public boolean isDraft() {
        return current != null && current.set().status() == RuleSetStatus.DRAFT;
    }

    public boolean isInForce() {
        return current != null && current.set().status() == RuleSetStatus.IN_FORCE;
    }

    /** P6M → "6个月", P2Y → "2年". */
    public String period(Period period) {
        if (period == null) {
            return Pages.text("ruleSetPage.period.ban");
        }
        StringBuilder text = new StringBuilder();
        if (period.getYears() != 0) {
            text.append(Pages.text("period.years", period.getYears()));
        }
        if (period.getMonths() != 0) {
            text.append(Pages.text("period.months", period.getMonths()));
        }
        if (period.getDays() != 0) {
            text.append(Pages.text("period.days", period.getDays()));
        }
        return text.toString();
    }

    public String percent(BigDecimal fraction) {
        return fraction == null ? "—" : fraction.multiply(HUNDRED).stripTrailingZeros().toPlainString() + "%";
    }

    private interface Change {
        RuleSetAdminService.Versioned apply();
    }

    private void change(Change change, String doneKey) {
        RuleSetAdminService.Versioned changed;
        try {
            changed = change.apply();
        } catch (RuleInputException e) {
            // a row the engine's records refuse (e.g. min above max) before the service sees the set: a refusal all the same
            throw AccountabilityException.invalid(e.field(), e.bundleKey());
        }
        show(changed);
        Pages.info(doneKey);
    }

    private void show(RuleSetAdminService.Versioned versioned) {
        current = versioned;
        tiers = new ArrayList<>(versioned.set().lossLevels().stream().map(TierForm::new).toList());
        rows = new ArrayList<>(versioned.set().sanctions().stream().map(RowForm::new).toList());
        inForceFrom = versioned.set().effectiveFrom();
        filingDate = versioned.set().filingDate();
        filings = filingService.filings(versioned.set().code());
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public RuleSetAdminService.Versioned getCurrent() { return current; }
    public RuleSet getSet() { return current == null ? null : current.set(); }
    public List<TierForm> getTiers() { return tiers; }
    public List<RowForm> getRows() { return rows; }
    public LocalDate getInForceFrom() { return inForceFrom; }
    public void setInForceFrom(LocalDate inForceFrom) { this.inForceFrom = inForceFrom; }
    public LocalDate getFilingDate() { return filingDate; }
    public void setFilingDate(LocalDate filingDate) { this.filingDate = filingDate; }
    public Measure[] getMeasureCodes() { return Measure.values(); }
    public String getFilingReference() { return filingReference; }
    public void setFilingReference(String filingReference) { this.filingReference = filingReference; }
    public String getFiledWith() { return filedWith; }
    public void setFiledWith(String filedWith) { this.filedWith = filedWith; }
    public String getFilingNote() { return filingNote; }
    public void setFilingNote(String filingNote) { this.filingNote = filingNote; }
    public List<RuleSetFilingSummary> getFilings() { return filings; }
}
