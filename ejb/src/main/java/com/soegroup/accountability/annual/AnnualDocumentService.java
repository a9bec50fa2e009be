package com.soegroup.accountability.annual;

import com.lowagie.text.pdf.BaseFont;
import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.PdfFont;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.shared.ScopeService;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static com.soegroup.accountability.annual.AnnualTexts.text;

/**
 * A report as a document, DOCX or PDF: the text saved last (or the draft from the data), the facts and figures of
 * the year beside the year before's with their charts, the approval and the sending; names only. Each download is
 * logged. {@code labels} gives the Chinese names of the figures' bundle keys.
 */
@Stateless
@DenyAll
public class AnnualDocumentService {

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @Inject
    private AnnualAccess access;

    @Inject
    private AnnualDetails details;

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR})
    public byte[] docx(String reportNo, Function<String, String> labels) {
        AnnualDocument doc = document(scopes.current(), reportNo, labels);
        byte[] bytes = doc.docx();
        audit.record(AuditAction.EXPORT, AnnualRepository.OBJECT_TYPE, doc.reportNo(), List.of(), Map.of("format", "DOCX", "bytes", bytes.length));
        return bytes;
    }

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR})
    public byte[] pdf(String reportNo, Function<String, String> labels) {
        BaseFont font = PdfFont.load();
        if (font == null) {
            throw AccountabilityException.refused("report.font.missing");
        }
        AnnualDocument doc = document(scopes.current(), reportNo, labels);
        byte[] bytes = doc.pdf(font);
        audit.record(AuditAction.EXPORT, AnnualRepository.OBJECT_TYPE, doc.reportNo(), List.of(), Map.of("format", "PDF", "bytes", bytes.length));
        return bytes;
    }

    /** The file name a download takes: the number and the year, e.g. {@code YBJT-ND-2025-0001-2025年度报告}. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR})
    public String fileName(String reportNo) {
        AnnualReport r = access.report(scopes.current(), reportNo);
        return r.reportNo() + "-" + r.year() + "年度报告";
    }

    private AnnualDocument document(Scope scope, String reportNo, Function<String, String> labels) {
        AnnualReport r = access.report(scope, reportNo);
        Function<String, String> names = labels == null ? k -> null : labels;
        AnnualDetail d = details.detail(scope, r, names);
        String approval = r.approvedBy() == null ? null : text("doc.approved", access.person(r.approvedBy()), r.approvalOpinion());
        String sent = r.sentOn() == null ? null
                : text("doc.sent", r.sentOn().toString(), r.sentChannel(), r.sentReference(), r.sentRecipient());
        String enterprise = access.enterpriseFullName(r.enterprise().code(), r.enterprise().fullName());
        return new AnnualDocument(r.reportNo(), enterprise, r.year(), d.sections(), d.facts(), d.tables(), approval, sent,
                access.today(), names);
    }
}
