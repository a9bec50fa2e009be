package com.soegroup.accountability.report;

import com.lowagie.text.pdf.BaseFont;
import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.org.DisplayNames;
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

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A report's current stage as a document, DOCX or PDF: the text saved last (or the draft from the data), with the
 * approval and the sending when there are; people and enterprises by name. Each download is logged.
 */
@Stateless
@DenyAll
public class IncidentDocumentService {

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @EJB
    private DisplayNames names;

    @Inject
    private IncidentAccess access;

    @Inject
    private IncidentDetails details;

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    public byte[] docx(String reportNo) {
        Scope scope = scopes.current();
        IncidentDocument doc = document(scope, reportNo);
        byte[] bytes = doc.docx();
        audit.record(AuditAction.EXPORT, IncidentRepository.OBJECT_TYPE, doc.reportNo(), List.of(), Map.of("format", "DOCX", "bytes", bytes.length));
        return bytes;
    }

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    public byte[] pdf(String reportNo) {
        Scope scope = scopes.current();
        IncidentDocument doc = document(scope, reportNo);
        BaseFont font = PdfFont.load();
        if (font == null) {
            throw AccountabilityException.refused("report.font.missing");
        }
        byte[] bytes = doc.pdf(font);
        audit.record(AuditAction.EXPORT, IncidentRepository.OBJECT_TYPE, doc.reportNo(), List.of(), Map.of("format", "PDF", "bytes", bytes.length));
        return bytes;
    }

    /** The file name a download takes: the number and the stage, e.g. {@code YBJT-BG-2026-0003-快报}. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    public String fileName(String reportNo) {
        IncidentRepository.Row row = access.row(scopes.current(), reportNo);
        return row.report().reportNo() + "-" + IncidentDraft.name(row.report().kind());
    }

    private IncidentDocument document(Scope scope, String reportNo) {
        IncidentRepository.Row row = access.row(scope, reportNo);
        IncidentReport r = row.report();
        IncidentDetail d = details.detail(scope, row);
        LocalDate today = access.today();
        // the document of the stage under way; once the last stage was sent, that one as it went out
        IncidentKind kind = r.state() == IncidentState.SENT && !d.sendings().isEmpty() ? d.sendings().get(d.sendings().size() - 1).kind() : r.kind();
        LocalDate due = access.due(r, kind, access.clocks(r, today));
        String approval = null;
        if (r.approvedBy() != null) {
            approval = IncidentDraft.text("doc.approved", person(r.approvedBy()), r.approvalOpinion());
        }
        String sent = null;
        IncidentSent last = d.sendings().stream().filter(s -> s.kind() == kind).reduce((a, b) -> b).orElse(null);
        if (last != null && r.state() == IncidentState.SENT) {
            approval = IncidentDraft.text("doc.approvedBy", person(last.approvedBy()));
            sent = IncidentDraft.text("doc.sent", last.sentOn().toString(), last.channel(), last.reference(), last.recipient());
        }
        String enterprise = names.enterpriseFullNames(List.of(r.enterprise().code())).getOrDefault(r.enterprise().code(), r.enterprise().fullName());
        return new IncidentDocument(r.reportNo(), enterprise, kind, r.foundOn(), due, d.text(), approval, sent, today);
    }

    private String person(String userId) {
        return userId == null ? "" : names.people(List.of(userId)).getOrDefault(userId, userId);
    }
}
