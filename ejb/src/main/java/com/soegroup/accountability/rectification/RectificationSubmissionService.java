package com.soegroup.accountability.rectification;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.audit.FieldChange;
import com.soegroup.accountability.clue.Attachments;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Inputs;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.shared.ScopeService;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The owner enterprise's side of a task: LIAISON submits what was done (a text and files, checked like a clue's
 * attachments) and asks for more time with a reason; LEADER approves (the deadline moves) or refuses the request
 * with an opinion. Files are downloaded by everyone who sees the task, each download audited.
 */
@Stateless
@DenyAll
public class RectificationSubmissionService {

    /** A file as stored, for download. */
    public record Download(String fileName, String contentType, byte[] content) {
    }

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @Inject
    private RectificationAccess access;

    @Inject
    private RectificationRepository rectifications;

    @Inject
    private Clock clock;

    /** What was done, with files; the task goes to the office for verification (OPEN → SUBMITTED). */
    @RolesAllowed(Role.R_LIAISON)
    public RectificationDetail submit(String rectificationNo, String text, List<Attachments.Upload> uploads, Integer version) {
        Scope scope = scopes.current();
        Rectification r = access.find(scope, rectificationNo);
        Inputs.version(version, r.version());
        if (r.status() != RectificationStatus.OPEN) {
            throw AccountabilityException.conflict("rectification.submit.notOpen", r.status());
        }
        String what = Inputs.text("text", text, RectificationAccess.MAX_TEXT);
        List<Attachments.Checked> files = Attachments.check(uploads);
        RectificationSubmission submission = new RectificationSubmission(r, what, scope.userId(), clock.instant());
        rectifications.persist(submission);
        for (Attachments.Checked file : files) {
            rectifications.persist(new RectificationFile(submission, file));
        }
        r.submitted();
        rectifications.flush();
        access.history(scope, r, RectificationHistory.Action.SUBMITTED, RectificationStatus.OPEN, RectificationStatus.SUBMITTED,
                null, "files=" + files.size());
        audit.record(AuditAction.STATE_CHANGE, RectificationRepository.OBJECT_TYPE, r.rectificationNo(),
                List.of(new FieldChange("status", RectificationStatus.OPEN.name(), RectificationStatus.SUBMITTED.name()),
                        new FieldChange("files", null, String.valueOf(files.size()))));
        return access.view(scope, r);
    }

    /** A request for a later deadline, with the reason; one waits for LEADER at a time. */
    @RolesAllowed(Role.R_LIAISON)
    public RectificationDetail requestExtension(String rectificationNo, String reason, LocalDate deadline, Integer version) {
        Scope scope = scopes.current();
        Rectification r = access.find(scope, rectificationNo);
        Inputs.version(version, r.version());
        if (r.status() != RectificationStatus.OPEN) {
            throw AccountabilityException.conflict("rectification.extension.notOpen", r.status());
        }
        if (!rectifications.withPendingExtension(scope, List.of(r)).isEmpty()) {
            throw AccountabilityException.conflict("rectification.extension.pending");
        }
        String why = Inputs.text("reason", reason, RectificationAccess.MAX_REASON);
        LocalDate wanted = RectificationAccess.future("deadline", deadline, access.today());
        if (!wanted.isAfter(r.deadline())) {
            throw AccountabilityException.invalid("deadline", "rectification.extension.notLater", r.deadline().toString());
        }
        rectifications.persist(new RectificationExtension(r, why, wanted, scope.userId(), clock.instant()));
        rectifications.flush();
        access.history(scope, r, RectificationHistory.Action.EXTENSION_REQUESTED, null, null, why,
                "deadline=" + r.deadline() + "; requested=" + wanted);
        audit.record(AuditAction.CREATE, "RECTIFICATION_EXTENSION", r.rectificationNo(),
                List.of(new FieldChange("requestedDeadline", r.deadline().toString(), wanted.toString())));
        return access.view(scope, r);
    }

    /** LEADER's answer to the waiting request, with an opinion: approved moves the deadline. */
    @RolesAllowed(Role.R_LEADER)
    public RectificationDetail decideExtension(String rectificationNo, boolean approved, String opinion, Integer version) {
        Scope scope = scopes.current();
        Rectification r = access.find(scope, rectificationNo);
        RectificationExtension request = rectifications.extensions(r).stream()
                .filter(x -> x.status() == ExtensionStatus.REQUESTED).findFirst()
                .orElseThrow(() -> AccountabilityException.conflict("rectification.extension.none"));
        Inputs.version(version, r.version());
        String why = Inputs.text("opinion", opinion, RectificationAccess.MAX_REASON);
        request.decide(approved, why, scope.userId(), clock.instant());
        LocalDate before = r.deadline();
        if (approved) {
            r.extendTo(request.requestedDeadline());
        }
        rectifications.flush();
        access.history(scope, r, approved ? RectificationHistory.Action.EXTENSION_APPROVED
                : RectificationHistory.Action.EXTENSION_REFUSED, null, null, why,
                "deadline=" + before + "; requested=" + request.requestedDeadline());
        audit.record(AuditAction.STATE_CHANGE, "RECTIFICATION_EXTENSION", r.rectificationNo(),
                approved ? List.of(new FieldChange("deadline", before.toString(), r.deadline().toString()))
                        : List.of(new FieldChange("extension", ExtensionStatus.REQUESTED.name(), ExtensionStatus.REFUSED.name())));
        return access.view(scope, r);
    }

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public Download file(String rectificationNo, long fileId) {
        Scope scope = scopes.current();
        Rectification r = access.find(scope, rectificationNo);
        RectificationFile file = rectifications.file(r, fileId).orElseThrow(AccountabilityException::notFound);
        audit.record(AuditAction.EXPORT, RectificationRepository.OBJECT_TYPE, r.rectificationNo(), List.of(),
                Map.of("file", file.fileName(), "sha256", file.sha256()));
        return new Download(file.fileName(), file.contentType(), file.content());
    }
}
