package com.soegroup.accountability.investigation.report;

import com.lowagie.text.pdf.BaseFont;
import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.investigation.FindingService;
import com.soegroup.accountability.investigation.FindingViews;
import com.soegroup.accountability.investigation.InvestigationRepository;
import com.soegroup.accountability.investigation.InvestigationService;
import com.soegroup.accountability.investigation.InvestigationViews;
import com.soegroup.accountability.loss.LossService;
import com.soegroup.accountability.loss.LossSummary;
import com.soegroup.accountability.shared.PdfFont;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The investigation report (财产损失情况调查报告) as a PDF: read through the investigation, loss and finding services
 * (each scoped, team- and recusal-checked and logged), drafted by {@link InvestigationReport}; the download itself
 * is logged too. Marked as a draft until LEADER approved the report.
 */
// named: the clue area has a ReportService (whistle-blowing) too, and EJB names must be unique in the jar
@Stateless(name = "InvestigationReportService")
@DenyAll
public class ReportService {

    @EJB
    private InvestigationService investigations;

    @EJB
    private LossService losses;

    @EJB
    private FindingService findings;

    @EJB
    private AuditService audit;

    /** @param texts the sentences of the report in its language (the web layer's bundle) */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    public byte[] pdf(String caseNo, Function<String, String> texts) {
        InvestigationViews.Detail detail = investigations.detail(caseNo);
        if (detail.recusalPending()) {
            throw AccountabilityException.conflict("investigation.recusal.pending", detail.summary().caseNo());
        }
        LossSummary loss = losses.summary(caseNo);
        FindingViews.Findings found = findings.findings(caseNo);
        BaseFont font = PdfFont.load();
        if (font == null) {
            throw AccountabilityException.refused("report.font.missing");
        }
        byte[] pdf = InvestigationReport.render(detail, loss, found, texts, font);
        audit.record(AuditAction.EXPORT, InvestigationRepository.OBJECT_TYPE, detail.summary().caseNo(), List.of(),
                Map.of("part", "report", "bytes", pdf.length));
        return pdf;
    }
}
