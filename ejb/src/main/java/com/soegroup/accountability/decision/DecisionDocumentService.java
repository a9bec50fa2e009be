package com.soegroup.accountability.decision;

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

/**
 * A decision's papers ({@link DecisionDocuments}): the handling decision (处理决定书) and HR's pay instruction. The
 * texts come from the web layer's bundles in the user's language; every export goes to the audit trail.
 */
@Stateless
@DenyAll
public class DecisionDocumentService {

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @Inject
    private DecisionAccess access;

    /** The handling decision (处理决定书) as a PDF; marked as a draft until approved. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR})
    public byte[] documentPdf(String decisionNo, Function<String, String> texts) {
        Scope scope = scopes.current();
        Decision decision = access.caseRole(scope, decisionNo);
        byte[] pdf = DecisionDocuments.decision(access.view(scope, decision), texts, font());
        audit.record(AuditAction.EXPORT, DecisionRepository.OBJECT_TYPE, decision.decisionNo(), List.of(),
                Map.of("part", "document", "bytes", pdf.length));
        return pdf;
    }

    /** The handling decision (处理决定书) as a Word document for the office to edit and stamp: the PDF's content. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR})
    public byte[] documentDocx(String decisionNo, Function<String, String> texts) {
        Scope scope = scopes.current();
        Decision decision = access.caseRole(scope, decisionNo);
        byte[] docx = DecisionDocuments.decisionDocx(access.view(scope, decision), texts);
        audit.record(AuditAction.EXPORT, DecisionRepository.OBJECT_TYPE, decision.decisionNo(), List.of(),
                Map.of("part", "document", "format", "docx", "bytes", docx.length));
        return docx;
    }

    /** The pay instruction for HR (no case facts) as PDF, or as a worksheet when {@code xlsx}. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR, Role.R_HR})
    public byte[] payInstruction(String decisionNo, boolean xlsx, Function<String, String> texts) {
        Scope scope = scopes.current();
        Decision decision = access.payPart(scope, decisionNo);
        DecisionPay pay = access.pay(decision);
        byte[] bytes = xlsx ? DecisionDocuments.payInstructionXlsx(pay, texts)
                : DecisionDocuments.payInstructionPdf(pay, texts, font());
        audit.record(AuditAction.EXPORT, DecisionRepository.OBJECT_TYPE, decision.decisionNo(), List.of(),
                Map.of("part", "payInstruction", "format", xlsx ? "xlsx" : "pdf", "bytes", bytes.length));
        return bytes;
    }

    private static BaseFont font() {
        BaseFont font = PdfFont.load();
        if (font == null) {
            throw AccountabilityException.refused("report.font.missing");
        }
        return font;
    }
}
