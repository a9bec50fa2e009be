package com.soegroup.accountability.clue;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.shared.AccountabilityException;
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
 * The files of a clue ({@link Attachments}): added while it is open by the office or the liaison of its
 * enterprise, checked by content and hashed; listed and read by whoever reads the clue. Adding and reading a
 * file are in the audit trail.
 */
@Stateless
@DenyAll
public class ClueAttachmentService {

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @Inject
    private ClueAccess access;

    @Inject
    private ClueRepository clues;

    /** Adds files to an open clue (checked by content, hashed); the office, or the liaison of its enterprise. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LIAISON})
    public List<AttachmentInfo> addAttachments(String ledgerNo, List<Attachments.Upload> uploads) {
        Scope scope = scopes.current();
        Clue clue = access.find(scope, ledgerNo);
        if (!clue.status().isOpen()) {
            throw AccountabilityException.conflict("clue.attachments.closed");
        }
        List<Attachments.Checked> files = Attachments.check(uploads);
        if (files.isEmpty()) {
            throw AccountabilityException.invalid("attachments", "field.required");
        }
        LocalDate today = access.today();
        for (Attachments.Checked file : files) {
            clues.persist(new ClueAttachment(clue, file, today, scope.userId()));
        }
        clues.flush();
        for (Attachments.Checked file : files) {
            audit.record(AuditAction.CREATE, "CLUE_ATTACHMENT", clue.ledgerNo(), List.of(),
                    Map.of("fileName", file.name(), "sha256", file.sha256(), "size", file.content().length));
        }
        return attachments(ledgerNo);
    }

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public List<AttachmentInfo> attachments(String ledgerNo) {
        Scope scope = scopes.current();
        Clue clue = access.find(scope, ledgerNo);
        return clues.attachments(scope, clue).stream().map(a -> new AttachmentInfo(a.id(), a.fileName(), a.contentType(),
                a.sizeBytes(), a.sha256(), a.uploadedOn())).toList();
    }

    /** One file of a clue, with its bytes; reading it is logged. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public AttachmentFile attachment(String ledgerNo, long id) {
        Scope scope = scopes.current();
        Clue clue = access.find(scope, ledgerNo);
        ClueAttachment file = clues.attachments(scope, clue).stream().filter(a -> a.id() == id).findFirst()
                .orElseThrow(AccountabilityException::notFound);
        audit.record(AuditAction.READ, "CLUE_ATTACHMENT", clue.ledgerNo() + "/" + id, List.of(), Map.of("sha256", file.sha256()));
        return new AttachmentFile(new AttachmentInfo(file.id(), file.fileName(), file.contentType(), file.sizeBytes(),
                file.sha256(), file.uploadedOn()), file.content());
    }
}
