package com.soegroup.accountability.duty;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.audit.FieldChange;
import com.soegroup.accountability.clue.Attachments;
import com.soegroup.accountability.org.DisplayNames;
import com.soegroup.accountability.org.Enterprise;
import com.soegroup.accountability.org.EnterpriseRepository;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Inputs;
import com.soegroup.accountability.shared.NumberSeries;
import com.soegroup.accountability.shared.Numbering;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.shared.ScopeService;
import com.soegroup.accountability.shared.Submissions;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Duty records of major decisions (重大决策事项履职记录): LIAISON and OFFICE of an enterprise of their scope enter a
 * record as a draft, edit it and confirm it; a confirmed version is never changed: a correction, with its reason, is
 * the next version of the same number and supersedes it. LEADER, OFFICE, AUDITOR and LIAISON read the records of
 * their scope, and a person's whole history (终身追责) by employee number. Every write and every read is audited.
 */
@Stateless
@DenyAll
public class DutyRecordService {

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @Inject
    private DutyRecordRepository records;

    @Inject
    private DutyRecordChecks checks;

    @Inject
    private EnterpriseRepository enterprises;

    @Inject
    private Numbering numbering;

    @Inject
    private DisplayNames names;

    @Inject
    private Submissions submissions;

    @Inject
    private Clock clock;

    /** A document of a record with its bytes. */
    public record Download(String fileName, String contentType, byte[] content) {
    }

    /** A page of records in force; with an employee number, that person's history across years and enterprises. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public DutyRecordPage page(DutyRecordFilter filter, int first, int max) {
        Scope scope = scopes.current();
        DutyRecordFilter f = filter == null ? DutyRecordFilter.ALL : new DutyRecordFilter(Inputs.strip(filter.enterprise()),
                filter.year(), Inputs.strip(filter.employeeNo()));
        String path = null;
        if (f.enterprise() != null) {
            path = enterprises.pathOf(scope, f.enterprise())
                    .orElseThrow(() -> AccountabilityException.invalid("enterprise", "enterprise.unknown", f.enterprise()));
        }
        List<DutyRecordSummary> rows = records.page(scope, f, path, first, max).stream().map(DutyRecordSummary::of).toList();
        long total = records.count(scope, f, path);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("enterprise", f.enterprise());
        facts.put("year", f.year());
        facts.put("person", f.employeeNo());
        facts.put("first", first);
        facts.values().removeIf(Objects::isNull);
        audit.record(AuditAction.READ, DutyRecordRepository.LIST, f.employeeNo() == null ? "list" : f.employeeNo(),
                List.of(), facts);
        return new DutyRecordPage(rows, total);
    }

    /** A record by number: the version in force, or {@code revision} (null for the one in force). */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public DutyRecordDetail get(String recordNo, Integer revision) {
        Scope scope = scopes.current();
        List<DutyRecord> versions = versions(scope, recordNo);
        DutyRecord shown = revision == null ? versions.get(versions.size() - 1)
                : versions.stream().filter(v -> v.revision() == revision).findFirst().orElseThrow(AccountabilityException::notFound);
        audit.record(AuditAction.READ, DutyRecordRepository.OBJECT_TYPE, shown.recordNo(), List.of(),
                Map.of("revision", shown.revision()));
        return detail(scope, shown, versions);
    }

    @RolesAllowed({Role.R_OFFICE, Role.R_LIAISON})
    public DutyRecordDetail create(DutyRecordData data, String formToken) {
        Scope scope = scopes.current();
        if (data == null) {
            throw AccountabilityException.invalid(null, "request.body.required");
        }
        Enterprise enterprise = enterpriseOf(scope, data.enterprise());
        DutyRecordChecks.Clean clean = checks.check(scope, data, LocalDate.now(clock));
        submissions.claim(formToken, DutyRecordRepository.OBJECT_TYPE);
        Numbering.Issued no = numbering.next(NumberSeries.DUTY_RECORD, enterprise.code(), clean.data().meetingDate().getYear());
        DutyRecord record = new DutyRecord(no.number(), no.year(), no.serial(), enterprise, clean.data(),
                clean.participants(), scope.userId(), clock.instant());
        records.persist(record);
        records.flush();
        submissions.created(formToken, record.recordNo());
        audit.record(AuditAction.CREATE, DutyRecordRepository.OBJECT_TYPE, record.recordNo(),
                FieldChange.diff(Map.of(), fields(record)));
        return detail(scope, record, List.of(record));
    }

    /** Changes a draft; a confirmed version is refused (409) and stays as it was. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LIAISON})
    public DutyRecordDetail update(String recordNo, DutyRecordData data, Integer version) {
        Scope scope = scopes.current();
        List<DutyRecord> versions = versions(scope, recordNo);
        DutyRecord record = versions.get(versions.size() - 1);
        if (record.confirmed()) {
            throw AccountabilityException.conflict("duty.confirmed.readOnly", record.recordNo());
        }
        Inputs.version(version, record.version());
        DutyRecordData typed = data == null ? null : withEnterprise(data, record);
        DutyRecordChecks.Clean clean = checks.check(scope, typed, LocalDate.now(clock));
        Map<String, Object> before = fields(record);
        record.apply(clean.data(), clean.participants());
        records.flush();
        audit.record(AuditAction.UPDATE, DutyRecordRepository.OBJECT_TYPE, record.recordNo(),
                FieldChange.diff(before, fields(record)));
        return detail(scope, record, versions);
    }

    @RolesAllowed({Role.R_OFFICE, Role.R_LIAISON})
    public DutyRecordDetail confirm(String recordNo, Integer version) {
        Scope scope = scopes.current();
        List<DutyRecord> versions = versions(scope, recordNo);
        DutyRecord record = versions.get(versions.size() - 1);
        if (record.confirmed()) {
            throw AccountabilityException.conflict("duty.confirmed.already", record.recordNo());
        }
        Inputs.version(version, record.version());
        record.confirm(scope.userId(), clock.instant());
        records.flush();
        audit.record(AuditAction.STATE_CHANGE, DutyRecordRepository.OBJECT_TYPE, record.recordNo(),
                List.of(new FieldChange("status", DutyRecordStatus.DRAFT.name(), DutyRecordStatus.CONFIRMED.name())));
        return detail(scope, record, versions);
    }

    /**
     * Corrects the version in force: the corrected data become the next version, confirmed at once with the reason;
     * the version before stays as it was, superseded. A draft is edited instead.
     */
    @RolesAllowed({Role.R_OFFICE, Role.R_LIAISON})
    public DutyRecordDetail correct(String recordNo, DutyRecordData data, String reason, Integer version) {
        return correct(recordNo, data, reason, version, List.of());
    }

    /**
     * As {@link #correct(String, DutyRecordData, String, Integer)}, the correction carrying the documents of the
     * corrected version but those named in {@code dropFiles} (ids of its files: a wrong document left behind).
     */
    @RolesAllowed({Role.R_OFFICE, Role.R_LIAISON})
    public DutyRecordDetail correct(String recordNo, DutyRecordData data, String reason, Integer version,
                                    List<Long> dropFiles) {
        Scope scope = scopes.current();
        List<DutyRecord> versions = versions(scope, recordNo);
        DutyRecord current = versions.get(versions.size() - 1);
        if (!current.confirmed()) {
            throw AccountabilityException.conflict("duty.correction.draft", current.recordNo());
        }
        Inputs.version(version, current.version());
        String why = Inputs.text("reason", reason, 2000);
        DutyRecordChecks.Clean clean = checks.check(scope, data == null ? null : withEnterprise(data, current),
                LocalDate.now(clock));
        List<DutyRecordFile> before = records.filesWithContent(scope, current);
        Set<Long> drop = dropFiles == null ? Set.of() : Set.copyOf(dropFiles);
        Set<Long> known = new HashSet<>(before.stream().map(DutyRecordFile::id).toList());
        drop.stream().filter(id -> !known.contains(id)).findFirst().ifPresent(id -> {
            throw AccountabilityException.invalid("dropFiles", "duty.files.unknown", id);
        });
        DutyRecord correction = new DutyRecord(current, clean.data(), clean.participants(), why, scope.userId(), clock.instant());
        records.persist(correction);
        // the correction starts from the documents the corrected version was confirmed with, but the ones left behind
        List<DutyRecordFile> carried = before.stream().filter(f -> !drop.contains(f.id())).toList();
        carried.forEach(f -> records.persist(scope, new DutyRecordFile(correction, f)));
        records.flush();
        Map<String, Object> was = fields(current);
        was.put("documents", String.join("、", before.stream().map(DutyRecordFile::fileName).toList()));
        Map<String, Object> is = fields(correction);
        is.put("documents", String.join("、", carried.stream().map(DutyRecordFile::fileName).toList()));
        audit.record(AuditAction.CREATE, DutyRecordRepository.OBJECT_TYPE, correction.recordNo(),
                FieldChange.diff(was, is), Map.of("revision", correction.revision(), "reason", why));
        List<DutyRecord> all = new ArrayList<>(versions);
        all.add(correction);
        return detail(scope, correction, all);
    }

    /**
     * Adds documents to a draft (at most {@link Attachments#MAX_FILES} at a time, checked as a clue's attachments); a
     * confirmed version is refused (409) and keeps its files.
     */
    @RolesAllowed({Role.R_OFFICE, Role.R_LIAISON})
    public DutyRecordDetail addFiles(String recordNo, List<Attachments.Upload> uploads, Integer version) {
        Scope scope = scopes.current();
        List<DutyRecord> versions = versions(scope, recordNo);
        DutyRecord record = draft(versions, version);
        List<Attachments.Checked> checked = Attachments.check(uploads);
        if (checked.isEmpty()) {
            throw AccountabilityException.invalid("file", "field.required");
        }
        Instant now = clock.instant();
        checked.forEach(f -> records.persist(scope, new DutyRecordFile(record, f, scope.userId(), now)));
        records.touch(scope, record);
        records.flush();
        audit.record(AuditAction.UPDATE, DutyRecordRepository.OBJECT_TYPE, record.recordNo(),
                List.of(new FieldChange("documents", null, String.join("、", checked.stream().map(Attachments.Checked::name).toList()))),
                Map.of("revision", record.revision()));
        return detail(scope, record, versions);
    }

    /** Removes a document of a draft; one of a confirmed version is refused (409) and stays. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LIAISON})
    public DutyRecordDetail removeFile(String recordNo, long fileId, Integer version) {
        Scope scope = scopes.current();
        List<DutyRecord> versions = versions(scope, recordNo);
        DutyRecordFile file = versions.stream().map(v -> records.file(scope, v, fileId)).flatMap(Optional::stream)
                .findFirst().orElseThrow(AccountabilityException::notFound);
        DutyRecord record = draft(versions, version);
        if (!file.record().id().equals(record.id())) {
            throw AccountabilityException.conflict("duty.files.confirmed", record.recordNo());
        }
        records.remove(scope, file);
        records.touch(scope, record);
        records.flush();
        audit.record(AuditAction.UPDATE, DutyRecordRepository.OBJECT_TYPE, record.recordNo(),
                List.of(new FieldChange("documents", file.fileName(), null)), Map.of("revision", record.revision()));
        return detail(scope, record, versions);
    }

    /** A document of any version of a record the caller reads; every download is logged. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public Download file(String recordNo, long fileId) {
        Scope scope = scopes.current();
        DutyRecordFile f = versions(scope, recordNo).stream().map(v -> records.file(scope, v, fileId))
                .flatMap(Optional::stream).findFirst().orElseThrow(AccountabilityException::notFound);
        audit.record(AuditAction.READ, DutyRecordRepository.OBJECT_TYPE, f.record().recordNo(), List.of(),
                Map.of("revision", f.record().revision(), "fileName", f.fileName()));
        return new Download(f.fileName(), f.contentType(), f.content());
    }

    /** The draft in force at the version read; a confirmed version keeps its documents (409). */
    private static DutyRecord draft(List<DutyRecord> versions, Integer version) {
        DutyRecord record = versions.get(versions.size() - 1);
        if (record.confirmed()) {
            throw AccountabilityException.conflict("duty.files.confirmed", record.recordNo());
        }
        Inputs.version(version, record.version());
        return record;
    }

    private List<DutyRecord> versions(Scope scope, String recordNo) {
        List<DutyRecord> versions = records.versions(scope, recordNo);
        if (versions.isEmpty()) {
            throw AccountabilityException.notFound();
        }
        return versions;
    }

    private Enterprise enterpriseOf(Scope scope, String code) {
        String typed = Inputs.strip(code);
        if (typed == null) {
            throw AccountabilityException.invalid("enterprise", "field.required");
        }
        return enterprises.findByCode(scope, typed)
                .orElseThrow(() -> AccountabilityException.invalid("enterprise", "enterprise.unknown", typed));
    }

    /** A record's enterprise never changes: a correction or an edit keeps it whatever the body says. */
    private static DutyRecordData withEnterprise(DutyRecordData d, DutyRecord record) {
        return new DutyRecordData(record.enterprise().code(), d.matterKind(), d.meetingType(), d.meetingDate(),
                d.meetingNumber(), d.matter(), d.amount(), d.legalReview(), d.legalReviewNote(), d.riskAssessment(),
                d.riskAssessmentNote(), d.expertOpinion(), d.expertOpinionNote(), d.participants());
    }

    private DutyRecordDetail detail(Scope scope, DutyRecord shown, List<DutyRecord> versions) {
        Set<String> users = new HashSet<>();
        versions.forEach(v -> {
            users.add(v.createdBy());
            if (v.confirmedBy() != null) {
                users.add(v.confirmedBy());
            }
        });
        List<DutyRecordFileInfo> stored = records.files(scope, List.of(shown)).getOrDefault(shown.id(), List.of());
        stored.forEach(f -> users.add(f.uploadedBy()));
        Map<String, String> people = names.people(users);
        List<DutyRecordFileInfo> files = stored.stream().map(f -> new DutyRecordFileInfo(f.id(), f.name(), f.contentType(),
                f.size(), f.sha256(), people.getOrDefault(f.uploadedBy(), f.uploadedBy()), f.uploadedAt())).toList();
        int latest = versions.stream().mapToInt(DutyRecord::revision).max().orElse(shown.revision());
        List<DutyRecordVersion> history = versions.stream().map(v -> new DutyRecordVersion(v.revision(),
                status(v, latest), v.correctionReason(), people.getOrDefault(v.createdBy(), v.createdBy()), v.createdAt(),
                v.confirmedBy() == null ? null : people.getOrDefault(v.confirmedBy(), v.confirmedBy()), v.confirmedAt())).toList();
        boolean writer = scope.hasAny(Role.OFFICE, Role.LIAISON);
        boolean inForce = shown.revision() == latest;
        return new DutyRecordDetail(shown.recordNo(), shown.revision(), shown.enterprise().code(),
                shown.enterprise().shortName(), shown.matterKind(), shown.meetingType(), shown.meetingDate(),
                shown.meetingNumber(), shown.matter(), shown.amount(), shown.legalReview(), shown.legalReviewNote(),
                shown.riskAssessment(), shown.riskAssessmentNote(), shown.expertOpinion(), shown.expertOpinionNote(),
                shown.participants().stream().map(DutyParticipantDetail::of).toList(), status(shown, latest),
                shown.correctionReason(), history, writer && inForce && !shown.confirmed(),
                writer && inForce && shown.confirmed(), shown.version(), shown.data(), files);
    }

    private static DutyRecordStatus status(DutyRecord v, int latest) {
        return v.confirmed() && v.revision() < latest ? DutyRecordStatus.SUPERSEDED : v.status();
    }

    /** The audited fields of a version: participants by name, codes as codes (the log shows them through bundles). */
    private static Map<String, Object> fields(DutyRecord d) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("matterKind", d.matterKind());
        f.put("meetingType", d.meetingType());
        f.put("meetingDate", d.meetingDate());
        f.put("meetingNumber", d.meetingNumber());
        f.put("matter", d.matter());
        f.put("amount", d.amount());
        f.put("legalReview", d.legalReview());
        f.put("riskAssessment", d.riskAssessment());
        f.put("expertOpinion", d.expertOpinion());
        f.put("participants", String.join("、", d.participants().stream()
                .map(p -> p.name() + (p.opinion() == null ? "" : "（" + p.opinion().name() + "）")).toList()));
        return f;
    }
}
