package com.soegroup.accountability.ruleset;

import com.lowagie.text.pdf.BaseFont;
import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.audit.FieldChange;
import com.soegroup.accountability.rule.set.RuleSet;
import com.soegroup.accountability.rule.set.RuleSetStatus;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.CallerService;
import com.soegroup.accountability.shared.Inputs;
import com.soegroup.accountability.shared.PdfFont;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The filing of rule sets with the regulator (M§40, 篇二): the filing package — the set as a readable document of
 * its articles and parameters, DOCX and PDF — and the filing records, one per filing of a version of the set. The
 * latest filing date is also the set's own filing date, which the calculator and the lists show.
 */
@Stateless
@DenyAll
public class RuleSetFilingService {

    @Inject
    private RuleSetRepository repository;

    @Inject
    private Clock clock;

    @EJB
    private CallerService caller;

    @EJB
    private AuditService audit;

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR, Role.R_ADMIN})
    public List<RuleSetFilingSummary> filings(String code) {
        RuleSetRecord record = find(code);
        return repository.filings(record).stream().map(f -> summary(record, f)).toList();
    }

    /**
     * Records that the version {@code version} of the set (the one the administrator read) was filed. A retired set
     * is filed no more; a filing date after today is refused.
     */
    @RolesAllowed(Role.R_ADMIN)
    public RuleSetFilingSummary record(String code, int version, RuleSetFilingData data) {
        RuleSetRecord record = find(code);
        Inputs.version(version, record.getVersion());
        if (data == null) {
            throw AccountabilityException.invalid("filedOn", "field.required");
        }
        LocalDate filedOn = Inputs.notFuture("filedOn", data.filedOn(), LocalDate.now(clock), "ruleSet.filing.future");
        String reference = Inputs.text("reference", data.reference(), 100);
        String filedWith = Inputs.text("filedWith", data.filedWith(), 200);
        String note = Inputs.optional("note", data.note(), 1000);
        RuleSet set = record.toRuleSet();
        if (set.status() == RuleSetStatus.RETIRED) {
            throw AccountabilityException.refused("ruleSet.filing.retired", set.title());
        }
        RuleSetFiling filing = new RuleSetFiling(record, version, filedOn, reference, filedWith, note,
                caller.current().userId(), clock.instant());
        repository.add(filing);
        if (set.filingDate() == null || filedOn.isAfter(set.filingDate())) {
            // a filing changes the date only: the clocks and the catalogue stay with the set
            record.replace(set.filedOn(filedOn), clock.instant());
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("filedOn", filedOn);
        facts.put("reference", reference);
        facts.put("filedWith", filedWith);
        facts.put("note", note);
        audit.record(AuditAction.CREATE, RuleSetAdminService.AUDIT_RULE_SET, code, FieldChange.diff(Map.of(), facts),
                Map.of("part", "filing", "ruleSetVersion", version));
        repository.flush();
        return summary(record, filing);
    }

    /** The filing package: the set's articles and parameters as a document to file, DOCX or PDF. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR, Role.R_ADMIN})
    public byte[] document(String code, boolean docx, Function<String, String> texts) {
        RuleSetRecord record = find(code);
        List<RuleSetFilingSummary> filings = repository.filings(record).stream().map(f -> summary(record, f)).toList();
        RuleSet set = record.toRuleSet();
        byte[] bytes;
        if (docx) {
            bytes = RuleSetDocument.docx(set, record.getVersion(), filings, texts, LocalDate.now(clock));
        } else {
            BaseFont font = PdfFont.load();
            if (font == null) {
                throw AccountabilityException.refused("report.font.missing");
            }
            bytes = RuleSetDocument.pdf(set, record.getVersion(), filings, texts, font, LocalDate.now(clock));
        }
        audit.record(AuditAction.EXPORT, RuleSetAdminService.AUDIT_RULE_SET, code, List.of(),
                Map.of("part", "filingPackage", "format", docx ? "docx" : "pdf", "bytes", bytes.length));
        return bytes;
    }

    private RuleSetRecord find(String code) {
        return repository.byCode(code).orElseThrow(AccountabilityException::notFound);
    }

    private static RuleSetFilingSummary summary(RuleSetRecord record, RuleSetFiling f) {
        return new RuleSetFilingSummary(f.id(), record.getCode(), f.ruleSetVersion(), f.filedOn(), f.reference(),
                f.filedWith(), f.note(), f.recordedBy(), f.recordedAt());
    }
}
