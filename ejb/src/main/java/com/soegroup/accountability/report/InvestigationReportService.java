package com.soegroup.accountability.report;

import com.lowagie.text.pdf.BaseFont;
import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.audit.FieldChange;
import com.soegroup.accountability.investigation.CaseAccess;
import com.soegroup.accountability.investigation.CaseFindings;
import com.soegroup.accountability.investigation.FindingService;
import com.soegroup.accountability.investigation.Investigation;
import com.soegroup.accountability.investigation.InvestigationDetail;
import com.soegroup.accountability.investigation.InvestigationHistory;
import com.soegroup.accountability.investigation.InvestigationRepository;
import com.soegroup.accountability.investigation.InvestigationService;
import com.soegroup.accountability.loss.LossService;
import com.soegroup.accountability.loss.LossSummary;
import com.soegroup.accountability.org.DisplayNames;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Inputs;
import com.soegroup.accountability.shared.PdfFont;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.shared.ScopeService;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The investigation report (财产损失情况调查报告) as a PDF: read through the investigation, loss and finding services
 * (each scoped, team- and recusal-checked and logged), drafted by {@link InvestigationReport}; the download itself
 * is logged too. Marked as a draft until LEADER approved the report. The proposed handling and the rectification
 * proposals are text OFFICE or the team write while drafting ({@link InvestigationReportText}); they are fixed once approved.
 */
// named: the clue area has a InvestigationReportService (whistle-blowing) too, and EJB names must be unique in the jar
@Stateless(name = "InvestigationReportService")
@DenyAll
public class InvestigationReportService {

    @EJB
    private DisplayNames names;

    @EJB
    private InvestigationService investigations;

    @EJB
    private LossService losses;

    @EJB
    private FindingService findings;

    @EJB
    private AuditService audit;

    @EJB
    private ScopeService scopes;

    @Inject
    private CaseAccess access;

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    /** The drafters' text of the report; {@code version} null while nothing was written; {@code editable} for the caller. */
    public record Text(String caseNo, String proposedHandling, String rectification, Integer version, String updatedBy,
                       Instant updatedAt, boolean editable) implements Serializable {
    }

    static final int MAX_TEXT = 4000;

    /** @param texts the sentences of the report in its language (the web layer's bundle) */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    public byte[] pdf(String caseNo, Function<String, String> texts) {
        InvestigationDetail detail = investigations.detail(caseNo);
        if (detail.recusalPending()) {
            throw AccountabilityException.conflict("investigation.recusal.pending", detail.summary().caseNo());
        }
        LossSummary loss = losses.summary(caseNo);
        CaseFindings found = findings.findings(caseNo);
        Investigation investigation = access.readable(scopes.current(), caseNo);
        InvestigationReportText written = em.find(InvestigationReportText.class, investigation.id());
        BaseFont font = PdfFont.load();
        if (font == null) {
            throw AccountabilityException.refused("report.font.missing");
        }
        byte[] pdf = InvestigationReport.render(detail, loss, found,
                written == null ? null : written.proposedHandling(), written == null ? null : written.rectification(),
                LocalDate.now(clock), texts, font, nameOf(names::enterpriseFullNames), nameOf(names::people));
        audit.record(AuditAction.EXPORT, InvestigationRepository.OBJECT_TYPE, detail.summary().caseNo(), List.of(),
                Map.of("part", "report", "bytes", pdf.length));
        return pdf;
    }

    /** A code's name through {@code lookup}, each code asked once; the code itself when it has no name. */
    private static Function<String, String> nameOf(Function<Collection<String>, Map<String, String>> lookup) {
        Map<String, String> known = new HashMap<>();
        return code -> code == null ? null : known.computeIfAbsent(code, c -> lookup.apply(List.of(c)).getOrDefault(c, c));
    }

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    public Optional<Text> textIfReadable(String caseNo) {
        return access.readableIfAny(scopes.current(), caseNo).map(this::read);
    }

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    public Text text(String caseNo) {
        return read(access.readable(scopes.current(), caseNo));
    }

    private Text read(Investigation investigation) {
        Scope scope = scopes.current();
        Text text = view(investigation, em.find(InvestigationReportText.class, investigation.id()),
                editable(scope, investigation.caseNo()));
        audit.record(AuditAction.READ, InvestigationRepository.OBJECT_TYPE, investigation.caseNo(), List.of(),
                Map.of("part", "report text"));
        return text;
    }

    /**
     * Writes the proposed handling and the rectification proposals, with the version read (null for the first
     * text); a stale version is 409 and nothing is overwritten. Only while the report is not yet approved.
     */
    @RolesAllowed({Role.R_OFFICE, Role.R_INVESTIGATOR})
    public Text writeText(String caseNo, String proposedHandling, String rectification, Integer version) {
        Scope scope = scopes.current();
        Investigation investigation = access.workable(scope, caseNo);
        String handling = clean("proposedHandling", proposedHandling);
        String proposals = clean("rectification", rectification);
        if (handling == null && proposals == null) {
            // either part may wait for the other, but a save with neither would write an empty report
            throw AccountabilityException.invalid("proposedHandling", "report.text.empty");
        }
        InvestigationReportText text = em.find(InvestigationReportText.class, investigation.id());
        if (text == null ? version != null && version != 0 : version == null || version != text.version()) {
            throw AccountabilityException.stale();
        }
        Map<String, Object> before = new LinkedHashMap<>();
        if (text != null) {
            before.put("proposedHandling", text.proposedHandling());
            before.put("rectification", text.rectification());
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("proposedHandling", handling);
        after.put("rectification", proposals);
        List<FieldChange> changes = FieldChange.diff(before, after);
        if (text == null || !changes.isEmpty()) {
            boolean created = text == null;
            if (created) {
                text = new InvestigationReportText(investigation.id());
            }
            // written before persist: the insert takes the state the entity has when it is persisted
            text.write(handling, proposals, scope.userId(), clock.instant());
            if (created) {
                em.persist(text);
            }
            em.flush();
            access.history(scope, investigation, InvestigationHistory.Action.REPORT_TEXT_SAVED, null, "version=" + text.version());
            audit.record(AuditAction.UPDATE, "INVESTIGATION_REPORT", investigation.caseNo(), changes);
        }
        return view(investigation, text, true);
    }

    private boolean editable(Scope scope, String caseNo) {
        if (!scope.has(Role.OFFICE) && !scope.has(Role.INVESTIGATOR)) {
            return false;
        }
        try {
            access.workable(scope, caseNo);
            return true;
        } catch (AccountabilityException e) {
            return false;
        }
    }

    private static Text view(Investigation investigation, InvestigationReportText text, boolean editable) {
        return text == null
                ? new Text(investigation.caseNo(), null, null, null, null, null, editable)
                : new Text(investigation.caseNo(), text.proposedHandling(), text.rectification(), text.version(), text.updatedBy(),
                text.updatedAt(), editable);
    }

    private static String clean(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        // keep the drafters' paragraphs, drop trailing blanks and Windows line ends
        String text = value.replace("\r\n", "\n").strip();
        return Inputs.checkLength(field, text, MAX_TEXT);
    }
}
