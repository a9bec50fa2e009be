package com.soegroup.accountability.investigation;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.audit.FieldChange;
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
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evidence files (M§20) and the team's notes of an investigation. Files: type checked by content, size limit,
 * SHA-256, withdrawn with a reason and never deleted, every download logged. Notes: only members of the case's
 * team (with a signed declaration) read and write them — not even OFFICE or LEADER outside the team.
 */
@Stateless
@DenyAll
public class EvidenceService {

    static final String AUDIT_EVIDENCE = "EVIDENCE";

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @Inject
    private CaseAccess access;

    @Inject
    private InvestigationRepository investigations;

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    public record EvidenceFileDetail(long id, String fileName, String contentType, long sizeBytes, String sha256, EvidenceBasis basis,
                           String documentReference, String uploadedBy, Instant uploadedAt, boolean withdrawn,
                           String withdrawnReason) implements Serializable {
        static EvidenceFileDetail of(EvidenceFile f) {
            return new EvidenceFileDetail(f.id(), f.fileName(), f.contentType(), f.sizeBytes(), f.sha256(), f.basis(),
                    f.documentReference(), f.uploadedBy(), f.uploadedAt(), f.withdrawn(), f.withdrawnReason());
        }
    }

    public record Download(String fileName, String contentType, byte[] content) {
    }

    public record EvidenceNoteDetail(long id, String text, String writtenBy,
                                     Instant writtenAt) implements Serializable {
    }

    /**
     * The evidence page of a case: its files; {@code editable} when the caller may upload and withdraw now (OFFICE
     * or a team member, case still worked on); the team's notes, {@code null} for a caller outside the team.
     */
    public record Folder(String caseNo, String title, List<EvidenceFileDetail> files, boolean editable,
                         List<EvidenceNoteDetail> notes) implements Serializable {
    }

    @RolesAllowed({Role.R_OFFICE, Role.R_INVESTIGATOR})
    public EvidenceFileDetail upload(String caseNo, String fileName, byte[] content, EvidenceBasis basis, String documentReference) {
        Scope scope = scopes.current();
        Investigation investigation = access.workable(scope, caseNo);
        String name = fileName == null ? null : Path.of(fileName.replace('\\', '/')).getFileName().toString().strip();
        if (name == null || name.isEmpty()) {
            throw AccountabilityException.invalid("file", "evidence.name");
        }
        if (name.length() > 255) {
            throw AccountabilityException.invalid("file", "field.tooLong", 255);
        }
        if (basis == null) {
            throw AccountabilityException.invalid("basis", "field.required");
        }
        if (documentReference == null || documentReference.isBlank()) {
            throw AccountabilityException.invalid("documentReference", "field.required");
        }
        String type = EvidenceContent.check(content);
        EvidenceFile file = new EvidenceFile(investigation, name, type, content, sha256(content), basis,
                documentReference.strip(), scope.userId(), clock.instant());
        em.persist(file);
        em.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("fileName", name);
        after.put("contentType", type);
        after.put("size", content.length);
        after.put("sha256", file.sha256());
        after.put("basis", basis);
        after.put("documentReference", file.documentReference());
        audit.record(AuditAction.CREATE, AUDIT_EVIDENCE, investigation.caseNo() + ":" + file.id(), FieldChange.diff(Map.of(), after));
        return EvidenceFileDetail.of(file);
    }

    /** The files, whether the caller may work on them, and the notes when the caller is on the team; every part read is logged. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    public Folder folder(String caseNo) {
        Scope scope = scopes.current();
        Investigation investigation = access.readable(scope, caseNo);
        List<EvidenceFileDetail> files = files(investigation);
        audit.record(AuditAction.READ, InvestigationRepository.OBJECT_TYPE, investigation.caseNo(), List.of(), Map.of("part", "evidence"));
        boolean editable;
        try {
            editable = (scope.has(Role.OFFICE) || scope.has(Role.INVESTIGATOR)) && access.workable(scope, caseNo) != null;
        } catch (AccountabilityException e) {
            editable = false;
        }
        List<EvidenceNoteDetail> notes = null;
        if (onTeam(scope, investigation)) {
            notes = notes(investigation);
            audit.record(AuditAction.READ, InvestigationRepository.OBJECT_TYPE, investigation.caseNo(), List.of(), Map.of("part", "notes"));
        }
        return new Folder(investigation.caseNo(), investigation.title(), files, editable, notes);
    }

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    public List<EvidenceFileDetail> files(String caseNo) {
        Scope scope = scopes.current();
        Investigation investigation = access.readable(scope, caseNo);
        List<EvidenceFileDetail> files = files(investigation);
        audit.record(AuditAction.READ, InvestigationRepository.OBJECT_TYPE, investigation.caseNo(), List.of(), Map.of("part", "evidence"));
        return files;
    }

    private List<EvidenceFileDetail> files(Investigation investigation) {
        return em.createQuery("SELECT new com.soegroup.accountability.investigation.EvidenceService$EvidenceFileDetail("
                        + "f.id, f.fileName, f.contentType, f.sizeBytes, f.sha256, f.basis, f.documentReference, f.uploadedBy, "
                        + "f.uploadedAt, f.withdrawn, f.withdrawnReason) FROM EvidenceFile f WHERE f.investigation = :i ORDER BY f.id",
                EvidenceFileDetail.class).setParameter("i", investigation).getResultList();
    }

    /** The bytes of a file (a withdrawn one too: it stays evidence of what was withdrawn); every download is logged. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    public Download download(String caseNo, long id) {
        Scope scope = scopes.current();
        Investigation investigation = access.readable(scope, caseNo);
        EvidenceFile file = file(investigation, id);
        audit.record(AuditAction.EXPORT, AUDIT_EVIDENCE, investigation.caseNo() + ":" + file.id(), List.of(),
                Map.of("fileName", file.fileName(), "sha256", file.sha256()));
        return new Download(file.fileName(), file.contentType(), file.content());
    }

    @RolesAllowed({Role.R_OFFICE, Role.R_INVESTIGATOR})
    public EvidenceFileDetail withdraw(String caseNo, long id, String reason) {
        Scope scope = scopes.current();
        Investigation investigation = access.workable(scope, caseNo);
        EvidenceFile file = file(investigation, id);
        if (reason == null || reason.isBlank()) {
            throw AccountabilityException.invalid("reason", "field.required");
        }
        if (file.withdrawn()) {
            throw AccountabilityException.conflict("evidence.alreadyWithdrawn");
        }
        file.withdraw(reason.strip(), scope.userId(), clock.instant());
        em.flush();
        audit.record(AuditAction.STATE_CHANGE, AUDIT_EVIDENCE, investigation.caseNo() + ":" + file.id(),
                List.of(new FieldChange("withdrawn", "false", "true")), Map.of("reason", reason.strip()));
        return EvidenceFileDetail.of(file);
    }

    // --- team-only notes ----------------------------------------------------------------------------------------

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    public List<EvidenceNoteDetail> notes(String caseNo) {
        Scope scope = scopes.current();
        Investigation investigation = teamOnly(scope, caseNo);
        List<EvidenceNoteDetail> notes = notes(investigation);
        audit.record(AuditAction.READ, InvestigationRepository.OBJECT_TYPE, investigation.caseNo(), List.of(), Map.of("part", "notes"));
        return notes;
    }

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    public EvidenceNoteDetail addNote(String caseNo, String text) {
        Scope scope = scopes.current();
        Investigation investigation = teamOnly(scope, caseNo);
        InvestigationNote note = new InvestigationNote(investigation, Inputs.text("text", text, 4000), scope.userId(),
                clock.instant());
        em.persist(note);
        em.flush();
        audit.record(AuditAction.CREATE, "INVESTIGATION_NOTE", investigation.caseNo() + ":" + note.id(), List.of());
        return new EvidenceNoteDetail(note.id(), note.text(), note.writtenBy(), note.writtenAt());
    }

    private List<EvidenceNoteDetail> notes(Investigation investigation) {
        return em.createQuery("SELECT n FROM InvestigationNote n WHERE n.investigation = :i ORDER BY n.writtenAt, n.id",
                        InvestigationNote.class).setParameter("i", investigation).getResultList().stream()
                .map(n -> new EvidenceNoteDetail(n.id(), n.text(), n.writtenBy(), n.writtenAt())).toList();
    }

    private Investigation teamOnly(Scope scope, String caseNo) {
        Investigation investigation = access.readable(scope, caseNo);
        if (!onTeam(scope, investigation)) {
            throw AccountabilityException.notFound();
        }
        return investigation;
    }

    private boolean onTeam(Scope scope, Investigation investigation) {
        return investigations.membership(scope, investigation).map(m -> m.recusal() == Recusal.NO_CONFLICT).orElse(false);
    }

    private EvidenceFile file(Investigation investigation, long id) {
        EvidenceFile file = em.find(EvidenceFile.class, id);
        if (file == null || !file.investigation().id().equals(investigation.id())) {
            throw AccountabilityException.notFound();
        }
        return file;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
