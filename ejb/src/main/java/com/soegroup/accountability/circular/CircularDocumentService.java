package com.soegroup.accountability.circular;

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

import java.util.List;
import java.util.Map;

/**
 * A circular as DOCX or PDF, for whoever may read it (a recipient the published text, the case roles any state, a
 * draft marked as such); the issuer and the publication scope by name. Each download is logged.
 */
@Stateless
@DenyAll
public class CircularDocumentService {

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @EJB
    private DisplayNames names;

    @Inject
    private CircularAccess access;

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public byte[] docx(String circularNo) {
        Scope scope = scopes.current();
        Circular c = access.row(scope, circularNo);
        byte[] bytes = document(c).docx();
        audit.record(AuditAction.EXPORT, CircularRepository.OBJECT_TYPE, c.circularNo(), List.of(), Map.of("format", "DOCX", "bytes", bytes.length));
        return bytes;
    }

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public byte[] pdf(String circularNo) {
        Scope scope = scopes.current();
        Circular c = access.row(scope, circularNo);
        BaseFont font = PdfFont.load();
        if (font == null) {
            throw AccountabilityException.refused("report.font.missing");
        }
        byte[] bytes = document(c).pdf(font);
        audit.record(AuditAction.EXPORT, CircularRepository.OBJECT_TYPE, c.circularNo(), List.of(), Map.of("format", "PDF", "bytes", bytes.length));
        return bytes;
    }

    private CircularDocument document(Circular c) {
        String code = c.enterprise().code();
        String issuer = names.enterpriseFullNames(List.of(code)).getOrDefault(code, c.enterprise().fullName());
        String scopeLine = null;
        if (c.state() == CircularState.PUBLISHED && c.publishEnterprise() != null) {
            String to = c.publishEnterprise().code();
            String roles = String.join("、", c.publishRoles().stream().map(r -> CircularAccess.TEXTS.containsKey("Role." + r)
                    ? CircularAccess.TEXTS.getString("Role." + r) : r).toList());
            scopeLine = CircularAccess.text("doc.scope", names.enterpriseFullNames(List.of(to)).getOrDefault(to, to), roles);
        }
        return new CircularDocument(c.circularNo(), issuer, c.kind(), c.parts(), scopeLine,
                c.state() == CircularState.PUBLISHED ? c.publishedOn() : null);
    }
}
