package com.soegroup.accountability.clue;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.audit.FieldChange;
import com.soegroup.accountability.org.Enterprise;
import com.soegroup.accountability.org.EnterpriseRepository;
import com.soegroup.accountability.org.InvolvementCheck;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Inputs;
import com.soegroup.accountability.shared.NumberSeries;
import com.soegroup.accountability.shared.Numbering;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.shared.ScopeService;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The clue ledger (问题线索台账): registration with the unified ledger number, the ledger itself, a clue's
 * page and history, and its lifecycle ({@link ClueLifecycle}). Everything is within the caller's scope and
 * recusal (a clue outside is "not found"); every write and every read of clue content goes to the audit trail.
 * <p>
 * Who: OFFICE registers for its scope and LIAISON for its own enterprise; OFFICE, LEADER, LIAISON (its
 * enterprise) and AUDITOR (read-only) read the ledger; the reporter's identity only OFFICE and LEADER.
 */
@Stateless
@DenyAll
public class ClueService {

    public static final String AUDIT_CLUE = ClueRepository.OBJECT_TYPE;
    public static final String AUDIT_LEDGER = "CLUE_LEDGER";

    static final int MAX_SUMMARY = 4000;
    static final int MAX_PERSONS = 50;
    static final int MAX_PAGE = 500;
    private static final int DUPLICATE_CANDIDATES = 300;
    private static final double SIMILAR_SUMMARY = 0.35;
    /** Markup is refused in the summary: a clue is text, and text with tags is most likely pasted from elsewhere. */
    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9._@-]{1,128}");
    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[A-Za-z!][^>]*>");

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @EJB
    private InvolvementCheck involvement;

    @Inject
    private ClueRepository clues;

    @Inject
    private EnterpriseRepository enterprises;

    @Inject
    private Numbering numbering;

    @Inject
    private Clock clock;

    @Inject
    @Any
    private Instance<ClueWork> work;

    // --- registration --------------------------------------------------------------------------------------

    /**
     * Registers a clue and gives it the next number of its enterprise's ledger for this year. Everything is
     * checked before the number is drawn; should anything fail after, the transaction rolls back and the
     * number with it.
     */
    @RolesAllowed({Role.R_OFFICE, Role.R_LIAISON})
    public ClueDetail register(ClueData data) {
        Scope scope = scopes.current();
        LocalDate today = today();
        Enterprise enterprise = registrable(scope, data == null ? null : data.enterprise());
        ClueData clean = validate(data, today);
        List<ClueData.PersonConcerned> persons = resolvePersons(clean.persons());

        Numbering.Issued number = numbering.next(NumberSeries.CLUE, enterprise.code(), today.getYear());
        String ledgerNo = number.number();
        Clue clue = new Clue(clean, enterprise, ledgerNo, number.year(), number.serial(), today, scope.userId());
        clues.persist(clue);
        for (ClueData.PersonConcerned p : persons) {
            clues.persist(new CluePerson(clue, p.employeeNo(), p.name(), p.note()));
        }
        clues.persist(new ClueHistory(clue, clock.instant(), scope.userId(), ClueHistory.Action.REGISTERED, null,
                ClueStatus.REGISTERED, null, null));
        clues.flush();
        for (ClueData.PersonConcerned p : persons) {
            if (p.employeeNo() != null) {
                // the person concerned never sees the clue (rules.md §10)
                involvement.recordInvolved(AUDIT_CLUE, clue.id(), p.employeeNo(), "clue.person");
            }
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("enterprise", enterprise.code());
        after.put("source", clean.source());
        after.put("receivedOn", clean.receivedOn());
        after.put("possibleLoss", clean.possibleLoss());
        after.put("level", clean.level());
        after.put("persons", persons.size());
        after.put("status", ClueStatus.REGISTERED);
        audit.record(AuditAction.CREATE, AUDIT_CLUE, ledgerNo, FieldChange.diff(Map.of(), after));
        return toDetail(scope, clue, persons, List.of(), null, today);
    }

    /**
     * Open clues in the caller's scope that look like the one being registered (查重): of the same enterprise
     * and naming one of its persons, or with a similar summary. Best matches first, at most ten.
     */
    @RolesAllowed({Role.R_OFFICE, Role.R_LIAISON})
    public List<ClueSummary> similar(ClueData draft) {
        Scope scope = scopes.current();
        if (draft == null || draft.enterprise() == null || draft.enterprise().isBlank()) {
            return List.of();
        }
        Enterprise enterprise = enterprises.findByCode(scope, draft.enterprise()).orElse(null);
        if (enterprise == null) {
            return List.of();
        }
        List<Clue> candidates = clues.openOfEnterprise(scope, enterprise, DUPLICATE_CANDIDATES);
        Map<Long, List<CluePerson>> persons = clues.persons(scope, candidates);
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (ClueData.PersonConcerned p : draft.persons()) {
            if (p.employeeNo() != null && !p.employeeNo().isBlank()) {
                keys.add("#" + p.employeeNo().strip());
            }
            if (p.name() != null && !p.name().isBlank()) {
                keys.add(p.name().strip());
            }
        }
        Map<Clue, Double> score = new LinkedHashMap<>();
        for (Clue c : candidates) {
            boolean samePerson = persons.getOrDefault(c.id(), List.of()).stream()
                    .anyMatch(p -> keys.contains(p.name()) || p.employeeNo() != null && keys.contains("#" + p.employeeNo()));
            double similarity = Similarity.of(draft.summary(), c.summary());
            if (samePerson || similarity >= SIMILAR_SUMMARY) {
                score.put(c, (samePerson ? 1.0 : 0.0) + similarity);
            }
        }
        List<Clue> best = score.entrySet().stream().sorted(Map.Entry.<Clue, Double>comparingByValue().reversed())
                .limit(10).map(Map.Entry::getKey).toList();
        LocalDate today = today();
        List<ClueSummary> result = best.stream().map(c -> toSummary(c, persons.get(c.id()), today)).toList();
        if (!result.isEmpty()) {
            audit.record(AuditAction.READ, AUDIT_LEDGER, null, List.of(), Map.of("duplicatesOf", enterprise.code(),
                    "shown", result.size()));
        }
        return result;
    }

    // --- reading --------------------------------------------------------------------------------------------

    /** A page of the ledger in the caller's scope; reading it is logged once per page. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public CluePage search(ClueFilter filter, ClueSort sort, int first, int max) {
        Scope scope = scopes.current();
        if (first < 0 || max < 1 || max > MAX_PAGE) {
            throw AccountabilityException.invalid("size", "paging.invalid");
        }
        ClueQuery query = query(scope, filter);
        List<LedgerRow> page = clues.lines(scope, query, sort == null ? ClueSort.DEFAULT : sort, first, max);
        long total = page.size() < max && first == 0 ? page.size() : clues.count(scope, query);
        List<ClueSummary> items = page.stream().map(r -> toSummary(r, query.today())).toList();
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("first", first);
        facts.put("shown", items.size());
        facts.put("filter", (filter == null ? ClueFilter.ALL : filter).describe());
        audit.record(AuditAction.READ, AUDIT_LEDGER, null, List.of(), facts);
        return new CluePage(total, items);
    }

    /** How many lines of the ledger the filter matches (the page's paginator); only a number, so not logged. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public long count(ClueFilter filter) {
        Scope scope = scopes.current();
        return clues.count(scope, query(scope, filter));
    }

    /** One clue by its ledger number; its content and, for OFFICE and LEADER, the reporter are logged as read. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public ClueDetail detail(String ledgerNo) {
        Scope scope = scopes.current();
        Clue clue = find(scope, ledgerNo);
        LocalDate today = today();
        ClueDetail detail = toDetail(scope, clue, people(scope, clue), clues.mergedFrom(scope, clue),
                supervision(scope, clue, today), today);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("reporterIdentity", detail.reporterVisible() && (clue.reporterName() != null || clue.reporterContact() != null));
        audit.record(AuditAction.READ, AUDIT_CLUE, clue.ledgerNo(), List.of(), facts);
        return detail;
    }

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public List<ClueHistoryEntry> history(String ledgerNo) {
        Scope scope = scopes.current();
        Clue clue = find(scope, ledgerNo);
        List<ClueHistoryEntry> entries = clues.history(scope, clue).stream()
                .map(h -> new ClueHistoryEntry(h.occurredAt(), h.userId(), h.action(), h.fromStatus(), h.toStatus(),
                        h.reason(), h.details()))
                .toList();
        audit.record(AuditAction.READ, AUDIT_CLUE, clue.ledgerNo(), List.of(), Map.of("history", entries.size()));
        return entries;
    }

    // --- lifecycle ------------------------------------------------------------------------------------------

    /**
     * Moves a clue to another state. {@code expectedVersion} must be the version the user read: a clue
     * changed meanwhile is a conflict, and nothing is overwritten.
     */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER})
    public ClueDetail transition(String ledgerNo, Integer expectedVersion, TransitionInput input) {
        Scope scope = scopes.current();
        Clue clue = find(scope, ledgerNo);
        Inputs.version(expectedVersion, clue.version());
        LocalDate today = today();
        ClueLifecycle.check(clue.status(), scope.roles(), input, today);
        ClueStatus from = clue.status();
        String ownerBefore = clue.owner().code();
        String reason = Inputs.strip(input.reason());
        List<String> details = new ArrayList<>();
        switch (input.to()) {
            case CHECKING -> {
                clue.startChecking(input.handler().strip(), input.deadline());
                details.add("handler=" + input.handler().strip());
                details.add("deadline=" + input.deadline());
            }
            case ACCEPTED, NOT_ACCEPTED -> clue.dispose(input.to(), reason);
            case TRANSFERRED -> {
                Enterprise receiving = null;
                String organ = Inputs.strip(input.receivingOrgan());
                if (input.transferKind().withinGroup()) {
                    receiving = receivingUnit(clue, input);
                    organ = receiving.fullName();
                }
                clue.transfer(input.transferKind(), organ, input.reference().strip(), receiving, reason);
                details.add("kind=" + input.transferKind());
                details.add("to=" + (receiving == null ? organ : receiving.code()));
                details.add("reference=" + input.reference().strip());
            }
            case MERGED -> {
                Clue survivor = survivor(scope, clue, input.survivor());
                clue.mergeInto(survivor, reason);
                clues.persist(new ClueHistory(survivor, clock.instant(), scope.userId(), ClueHistory.Action.MERGED_IN,
                        null, null, reason, "merged=" + clue.ledgerNo()));
                details.add("survivor=" + survivor.ledgerNo());
            }
            case OUT_OF_SCOPE -> {
                clue.outOfScope(input.reference().strip(), reason);
                details.add("reference=" + input.reference().strip());
            }
            case CLOSED -> {
                List<OpenWork> open = openWork(List.of(clue.id())).getOrDefault(clue.id(), List.of());
                if (!open.isEmpty()) {
                    throw AccountabilityException.refused("clue.close.openWork", open.size());
                }
                clues.runningSupervision(scope, clue).ifPresent(s -> s.end(today));
                clue.close(today, scope.userId());
            }
            default -> throw new IllegalStateException("no transition to " + input.to());
        }
        clues.persist(new ClueHistory(clue, clock.instant(), scope.userId(), ClueHistory.Action.TRANSITION, from,
                input.to(), reason, details.isEmpty() ? null : String.join("; ", details)));
        clues.flush();
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("status", from.name(), input.to().name()));
        if (!Objects.equals(ownerBefore, clue.owner().code())) {
            changes.add(new FieldChange("owner", ownerBefore, clue.owner().code()));
        }
        audit.record(AuditAction.STATE_CHANGE, AUDIT_CLUE, clue.ledgerNo(), changes, Map.of("details", String.join("; ", details)));
        if (!scope.covers(clue.owner().path())) {
            // transferred out of the caller's scope: what they just did, nothing the receiving unit adds later
            return toDetail(scope, clue, List.of(), List.of(), null, today);
        }
        return toDetail(scope, clue, people(scope, clue), clues.mergedFrom(scope, clue), supervision(scope, clue, today), today);
    }

    // --- flagged supervision (挂牌督办) ---------------------------------------------------------------------

    /**
     * A leader flags an open clue for supervision: the supervising leader (the caller unless named), the
     * deadline and how often progress is due.
     */
    @RolesAllowed(Role.R_LEADER)
    public ClueDetail supervise(String ledgerNo, Integer expectedVersion, String leaderUserId, LocalDate deadline,
                                Integer progressIntervalDays) {
        Scope scope = scopes.current();
        Clue clue = find(scope, ledgerNo);
        Inputs.version(expectedVersion, clue.version());
        LocalDate today = today();
        if (!clue.status().isOpen()) {
            throw AccountabilityException.conflict("clue.supervision.closed");
        }
        if (clue.supervised()) {
            throw AccountabilityException.conflict("clue.supervision.running");
        }
        if (deadline == null) {
            throw AccountabilityException.invalid("deadline", "field.required");
        }
        if (deadline.isBefore(today)) {
            throw AccountabilityException.invalid("deadline", "clue.deadline.past");
        }
        int interval = progressIntervalDays == null ? 14 : progressIntervalDays;
        if (interval < 1 || interval > 366) {
            throw AccountabilityException.invalid("progressIntervalDays", "clue.supervision.interval.invalid");
        }
        String leader = Inputs.strip(leaderUserId) == null ? scope.userId() : Inputs.strip(leaderUserId);
        if (!USER_ID.matcher(leader).matches()) {
            throw AccountabilityException.invalid("leader", "scope.userId.invalid");
        }
        clues.persist(new Supervision(clue, leader, deadline, interval, today, scope.userId()));
        clue.supervise(deadline);
        clues.persist(new ClueHistory(clue, clock.instant(), scope.userId(), ClueHistory.Action.SUPERVISION_STARTED, null,
                null, null, "leader=" + leader + "; deadline=" + deadline + "; interval=" + interval));
        clues.flush();
        audit.record(AuditAction.UPDATE, AUDIT_CLUE, clue.ledgerNo(), List.of(new FieldChange("supervised", "false", "true"),
                new FieldChange("supervisionDeadline", null, deadline.toString())), Map.of("leader", leader));
        return toDetail(scope, clue, people(scope, clue), clues.mergedFrom(scope, clue), supervision(scope, clue, today), today);
    }

    /** A progress entry (进展情况) of a supervised clue, by the office, the leader or the enterprise's liaison. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON})
    public ClueDetail addProgress(String ledgerNo, String text) {
        Scope scope = scopes.current();
        Clue clue = find(scope, ledgerNo);
        Supervision running = clues.runningSupervision(scope, clue)
                .orElseThrow(() -> AccountabilityException.conflict("clue.supervision.none"));
        String entry = Inputs.text("text", text, 2000);
        LocalDate today = today();
        clues.persist(new SupervisionProgress(running, today, scope.userId(), entry));
        clues.persist(new ClueHistory(clue, clock.instant(), scope.userId(), ClueHistory.Action.SUPERVISION_PROGRESS, null,
                null, entry, null));
        clues.flush();
        audit.record(AuditAction.CREATE, "SUPERVISION_PROGRESS", clue.ledgerNo(), List.of());
        return toDetail(scope, clue, people(scope, clue), clues.mergedFrom(scope, clue), supervision(scope, clue, today), today);
    }

    /** The leader lifts the supervision before the clue closes (closing lifts it anyway). */
    @RolesAllowed(Role.R_LEADER)
    public ClueDetail endSupervision(String ledgerNo, Integer expectedVersion, String reason) {
        Scope scope = scopes.current();
        Clue clue = find(scope, ledgerNo);
        Inputs.version(expectedVersion, clue.version());
        Supervision running = clues.runningSupervision(scope, clue)
                .orElseThrow(() -> AccountabilityException.conflict("clue.supervision.none"));
        LocalDate today = today();
        running.end(today);
        clue.endSupervision();
        clues.persist(new ClueHistory(clue, clock.instant(), scope.userId(), ClueHistory.Action.SUPERVISION_ENDED, null,
                null, Inputs.strip(reason), null));
        clues.flush();
        audit.record(AuditAction.UPDATE, AUDIT_CLUE, clue.ledgerNo(), List.of(new FieldChange("supervised", "true", "false")));
        return toDetail(scope, clue, people(scope, clue), clues.mergedFrom(scope, clue), null, today);
    }

    /**
     * The caller's open work on clues (home page, GET /me/tasks): supervised clues whose deadline is near or
     * past or whose progress is due, and, for the office, checks past their deadline. Soonest first.
     */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public List<ClueTask> tasks() {
        Scope scope = scopes.current();
        if (!scope.hasAny(Role.OFFICE, Role.LEADER, Role.LIAISON)) {
            return List.of();
        }
        LocalDate today = today();
        List<ClueTask> tasks = new ArrayList<>();
        List<Clue> supervised = clues.supervisedOpen(scope, 500);
        Map<Long, LocalDate> lastProgress = clues.lastProgress(scope, supervised);
        for (Clue c : supervised) {
            if (!c.supervisionDeadline().isAfter(today.plusDays(SupervisionRules.TASK_DAYS_AHEAD))) {
                tasks.add(task("SUPERVISION_DEADLINE", c, c.supervisionDeadline(), today));
            }
            Supervision running = clues.runningSupervision(scope, c).orElse(null);
            if (running != null) {
                LocalDate due = SupervisionRules.nextProgressDue(running.startedOn(), lastProgress.get(c.id()),
                        running.progressIntervalDays());
                if (!due.isAfter(today)) {
                    tasks.add(task("PROGRESS_DUE", c, due, today));
                }
            }
        }
        if (scope.has(Role.OFFICE)) {
            clues.checkingOverdue(scope, today, 200).forEach(c -> tasks.add(task("CHECK_DEADLINE", c, c.checkDeadline(), today)));
        }
        tasks.sort(java.util.Comparator.comparing(ClueTask::due).thenComparing(ClueTask::ledgerNo));
        return tasks;
    }

    private static ClueTask task(String kind, Clue c, LocalDate due, LocalDate today) {
        String summary = c.summary().length() > 60 ? c.summary().substring(0, 60) + "…" : c.summary();
        return new ClueTask(kind, c.ledgerNo(), c.enterprise().code(), summary, due, due.isBefore(today));
    }

    // --- the public form's reports and the files of a clue -------------------------------------------------

    /** The messages exchanged with the (anonymous) reporter of a clue from the public form; empty otherwise. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER})
    public List<AnonymousReportService.Message> reportMessages(String ledgerNo) {
        Scope scope = scopes.current();
        Clue clue = find(scope, ledgerNo);
        return clues.reportOf(scope, clue).map(r -> clues.messages(r).stream()
                .map(m -> new AnonymousReportService.Message(m.fromReporter(), m.text(), m.sentOn())).toList()).orElse(List.of());
    }

    /** The office answers the reporter, who reads it with the receipt code. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER})
    public List<AnonymousReportService.Message> replyToReporter(String ledgerNo, String text) {
        Scope scope = scopes.current();
        Clue clue = find(scope, ledgerNo);
        AnonymousReport report = clues.reportOf(scope, clue)
                .orElseThrow(() -> AccountabilityException.conflict("report.none"));
        String clean = Inputs.text("text", text, 2000);
        clues.persist(new ReporterMessage(report, false, clean, today(), scope.userId()));
        clues.flush();
        audit.record(AuditAction.CREATE, "REPORT_MESSAGE", clue.ledgerNo(), List.of());
        return reportMessages(ledgerNo);
    }

    /** Adds files to an open clue (checked by content, hashed); the office, or the liaison of its enterprise. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LIAISON})
    public List<AttachmentInfo> addAttachments(String ledgerNo, List<Attachments.Upload> uploads) {
        Scope scope = scopes.current();
        Clue clue = find(scope, ledgerNo);
        if (!clue.status().isOpen()) {
            throw AccountabilityException.conflict("clue.attachments.closed");
        }
        List<Attachments.Checked> files = Attachments.check(uploads);
        if (files.isEmpty()) {
            throw AccountabilityException.invalid("attachments", "field.required");
        }
        LocalDate today = today();
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
        Clue clue = find(scope, ledgerNo);
        return clues.attachments(scope, clue).stream().map(a -> new AttachmentInfo(a.id(), a.fileName(), a.contentType(),
                a.sizeBytes(), a.sha256(), a.uploadedOn())).toList();
    }

    /** One file of a clue, with its bytes; reading it is logged. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public AttachmentFile attachment(String ledgerNo, long id) {
        Scope scope = scopes.current();
        Clue clue = find(scope, ledgerNo);
        ClueAttachment file = clues.attachments(scope, clue).stream().filter(a -> a.id() == id).findFirst()
                .orElseThrow(AccountabilityException::notFound);
        audit.record(AuditAction.READ, "CLUE_ATTACHMENT", clue.ledgerNo() + "/" + id, List.of(), Map.of("sha256", file.sha256()));
        return new AttachmentFile(new AttachmentInfo(file.id(), file.fileName(), file.contentType(), file.sizeBytes(),
                file.sha256(), file.uploadedOn()), file.content());
    }

    // --- close-out reconciliation --------------------------------------------------------------------------

    /**
     * The close-out reconciliation (对账): every clue of the scope (or of one enterprise's subtree) that is not
     * closed, by handling unit, with what holds it open: its own state, a supervision, and the open work of the
     * later areas ({@link ClueWork}). A clue whose list holds only "ready to close" may be closed.
     */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public ReconciliationPage reconciliation(String enterprise, int first, int max) {
        Scope scope = scopes.current();
        if (first < 0 || max < 1 || max > MAX_PAGE) {
            throw AccountabilityException.invalid("size", "paging.invalid");
        }
        java.util.EnumSet<ClueStatus> open = java.util.EnumSet.complementOf(java.util.EnumSet.of(ClueStatus.CLOSED));
        ClueFilter filter = new ClueFilter(enterprise, true, open, null, null, null, null, false, null, null);
        ClueQuery query = query(scope, filter);
        List<Clue> page = clues.page(scope, query, new ClueSort(ClueSort.Column.ENTERPRISE, true), first, max);
        Map<Long, List<CluePerson>> persons = clues.persons(scope, page);
        Map<Long, List<OpenWork>> work = openWork(page.stream().map(Clue::id).toList());
        List<ReconciliationLine> lines = new ArrayList<>();
        for (Clue c : page) {
            List<OpenWork> reasons = new ArrayList<>(openReasons(c, query.today()));
            List<OpenWork> areaWork = work.getOrDefault(c.id(), List.of());
            reasons.addAll(areaWork);
            boolean ready = ClueStatus.DISPOSED.contains(c.status()) && areaWork.isEmpty();
            if (ready) {
                reasons.add(new OpenWork("CLUE", c.ledgerNo(), "clue.open.readyToClose", List.of()));
            }
            lines.add(new ReconciliationLine(toSummary(c, persons.get(c.id()), query.today()), reasons, ready));
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("reconciliation", enterprise == null ? "" : enterprise);
        facts.put("first", first);
        facts.put("shown", lines.size());
        audit.record(AuditAction.READ, AUDIT_LEDGER, null, List.of(), facts);
        return new ReconciliationPage(clues.count(scope, query), lines, clues.openByUnit(scope, query));
    }

    /** Why a clue is open by its own state (the later areas add theirs). */
    static List<OpenWork> openReasons(Clue c, LocalDate today) {
        List<OpenWork> reasons = new ArrayList<>();
        switch (c.status()) {
            case REGISTERED -> reasons.add(new OpenWork("CLUE", c.ledgerNo(), "clue.open.registered", List.of()));
            case CHECKING -> reasons.add(new OpenWork("CLUE", c.ledgerNo(),
                    c.checkDeadline() != null && c.checkDeadline().isBefore(today) ? "clue.open.checkingOverdue" : "clue.open.checking",
                    List.of(String.valueOf(c.handler()), String.valueOf(c.checkDeadline()))));
            default -> { }
        }
        if (c.supervised()) {
            reasons.add(new OpenWork("SUPERVISION", c.ledgerNo(), "clue.open.supervised", List.of(String.valueOf(c.supervisionDeadline()))));
        }
        return reasons;
    }

    /** The open work of later areas, by clue id, from every {@link ClueWork} the application has. */
    Map<Long, List<OpenWork>> openWork(Collection<Long> clueIds) {
        Map<Long, List<OpenWork>> all = new HashMap<>();
        for (ClueWork area : work) {
            area.openWork(clueIds).forEach((id, items) -> all.computeIfAbsent(id, k -> new ArrayList<>()).addAll(items));
        }
        return all;
    }

    // --- helpers -------------------------------------------------------------------------------------------

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private Clue find(Scope scope, String ledgerNo) {
        return clues.findByLedgerNo(scope, ledgerNo)
                .orElseThrow(AccountabilityException::notFound);
    }

    /** LIAISON registers for its own enterprise only, OFFICE for any in its scope. */
    private Enterprise registrable(Scope scope, String code) {
        if (code == null || code.isBlank()) {
            throw AccountabilityException.invalid("enterprise", "field.required");
        }
        Enterprise enterprise = enterprises.findByCode(scope, code)
                .orElseThrow(() -> AccountabilityException.invalid("enterprise", "enterprise.unknown", code.strip()));
        if (!scope.has(Role.OFFICE) && !enterprise.code().equals(scope.homeEnterprise())) {
            throw AccountabilityException.invalid("enterprise", "clue.enterprise.ownOnly", scope.homeEnterprise());
        }
        if (!enterprise.isActive()) {
            throw AccountabilityException.invalid("enterprise", "enterprise.notActive", enterprise.code());
        }
        return enterprise;
    }

    static ClueData validate(ClueData data, LocalDate today) {
        if (data.source() == null) {
            throw AccountabilityException.invalid("source", "field.required");
        }
        if (data.receivedOn() == null) {
            throw AccountabilityException.invalid("receivedOn", "field.required");
        }
        if (data.receivedOn().isAfter(today)) {
            throw AccountabilityException.invalid("receivedOn", "clue.receivedOn.future");
        }
        if (data.receivedOn().isBefore(LocalDate.of(1990, 1, 1))) {
            throw AccountabilityException.invalid("receivedOn", "date.invalid");
        }
        String summary = Inputs.text("summary", data.summary(), MAX_SUMMARY);
        if (MARKUP.matcher(summary).find()) {
            throw AccountabilityException.invalid("summary", "clue.summary.markup");
        }
        BigDecimal loss = data.possibleLoss();
        if (loss != null) {
            if (loss.signum() < 0) {
                throw AccountabilityException.invalid("possibleLoss", "clue.loss.negative");
            }
            if (!Inputs.fitsMoney(loss)) {
                throw AccountabilityException.invalid("possibleLoss", "money.invalid");
            }
            loss = loss.setScale(2, java.math.RoundingMode.UNNECESSARY);
        }
        if (data.persons().size() > MAX_PERSONS) {
            throw AccountabilityException.invalid("persons", "clue.persons.tooMany", MAX_PERSONS);
        }
        List<ClueData.PersonConcerned> persons = new ArrayList<>();
        for (int i = 0; i < data.persons().size(); i++) {
            ClueData.PersonConcerned p = data.persons().get(i);
            String employeeNo = Inputs.strip(p == null ? null : p.employeeNo());
            String name = Inputs.strip(p == null ? null : p.name());
            String note = Inputs.strip(p == null ? null : p.note());
            if (employeeNo == null && name == null) {
                throw AccountabilityException.invalid("persons[" + i + "].name", "field.required");
            }
            if (name != null && name.length() > 100) {
                throw AccountabilityException.invalid("persons[" + i + "].name", "field.tooLong", 100);
            }
            if (employeeNo != null && employeeNo.length() > 32) {
                throw AccountabilityException.invalid("persons[" + i + "].employeeNo", "person.unknown", employeeNo);
            }
            if (note != null && note.length() > 200) {
                throw AccountabilityException.invalid("persons[" + i + "].note", "field.tooLong", 200);
            }
            persons.add(new ClueData.PersonConcerned(employeeNo, name, note));
        }
        String reporterName = Inputs.optional("reporterName", data.reporterName(), 100);
        String reporterContact = Inputs.optional("reporterContact", data.reporterContact(), 200);
        return new ClueData(data.source(), data.receivedOn(), data.enterprise(), persons, summary, loss, data.level(),
                reporterName, reporterContact);
    }

    /** A person given by employee number takes the name on record; an unknown number is bad input. */
    private List<ClueData.PersonConcerned> resolvePersons(List<ClueData.PersonConcerned> persons) {
        List<ClueData.PersonConcerned> resolved = new ArrayList<>();
        for (int i = 0; i < persons.size(); i++) {
            ClueData.PersonConcerned p = persons.get(i);
            if (p.employeeNo() == null) {
                resolved.add(p);
                continue;
            }
            int index = i;
            String name = clues.personNameGroupWide(p.employeeNo())
                    .orElseThrow(() -> AccountabilityException.invalid("persons[" + index + "].employeeNo", "person.unknown", p.employeeNo()));
            resolved.add(new ClueData.PersonConcerned(p.employeeNo(), name, p.note()));
        }
        return resolved;
    }

    private Enterprise receivingUnit(Clue clue, TransitionInput input) {
        Enterprise receiving = clues.enterpriseGroupWide(input.receivingEnterprise())
                .orElseThrow(() -> AccountabilityException.invalid("receivingEnterprise", "enterprise.unknown", input.receivingEnterprise()));
        if (!receiving.isActive()) {
            throw AccountabilityException.invalid("receivingEnterprise", "enterprise.notActive", receiving.code());
        }
        Enterprise owner = clue.owner();
        if (receiving.id().equals(owner.id())) {
            throw AccountabilityException.invalid("receivingEnterprise", "clue.transfer.sameUnit");
        }
        // paths through the accessors: owner may be a lazy proxy, whose fields Enterprise.contains would read raw
        if (input.transferKind() == TransferKind.HIGHER_LEVEL && !owner.path().startsWith(receiving.path())) {
            throw AccountabilityException.invalid("receivingEnterprise", "clue.transfer.notHigher", receiving.code());
        }
        return receiving;
    }

    private Clue survivor(Scope scope, Clue clue, String ledgerNo) {
        Clue survivor = clues.findByLedgerNo(scope, ledgerNo)
                .orElseThrow(() -> AccountabilityException.invalid("survivor", "clue.survivor.unknown", ledgerNo.strip()));
        if (survivor.id().equals(clue.id())) {
            throw AccountabilityException.invalid("survivor", "clue.survivor.self");
        }
        if (survivor.status() == ClueStatus.MERGED || survivor.status() == ClueStatus.CLOSED) {
            throw AccountabilityException.invalid("survivor", "clue.survivor.notOpen", survivor.ledgerNo());
        }
        return survivor;
    }

    private List<ClueData.PersonConcerned> people(Scope scope, Clue clue) {
        return clues.persons(scope, List.of(clue)).getOrDefault(clue.id(), List.of()).stream()
                .map(p -> new ClueData.PersonConcerned(p.employeeNo(), p.name(), p.note())).toList();
    }

    private SupervisionDetail supervision(Scope scope, Clue clue, LocalDate today) {
        return clues.runningSupervision(scope, clue).map(s -> {
            List<SupervisionDetail.Progress> progress = clues.progress(scope, s).stream()
                    .map(p -> new SupervisionDetail.Progress(p.enteredOn(), p.enteredBy(), p.text())).toList();
            LocalDate last = progress.isEmpty() ? s.startedOn() : progress.get(progress.size() - 1).on();
            return new SupervisionDetail(s.leaderUserId(), s.deadline(), s.progressIntervalDays(), s.startedOn(),
                    s.startedBy(), last.plusDays(s.progressIntervalDays()), clue.isOverdue(today), progress);
        }).orElse(null);
    }

    private ClueQuery query(Scope scope, ClueFilter filter) {
        return resolve(enterprises, scope, filter, today());
    }

    /**
     * A filter resolved for the repository: the enterprise by code within the scope (else not found), dates
     * and text checked. Static so the exports resolve a filter exactly as the ledger does.
     */
    static ClueQuery resolve(EnterpriseRepository enterprises, Scope scope, ClueFilter filter, LocalDate today) {
        ClueFilter f = filter == null ? ClueFilter.ALL : filter;
        String path = null;
        if (f.enterprise() != null && !f.enterprise().isBlank()) {
            path = enterprises.pathOf(scope, f.enterprise()).orElseThrow(AccountabilityException::notFound);
        }
        if (f.receivedFrom() != null && f.receivedTo() != null && f.receivedFrom().isAfter(f.receivedTo())) {
            throw AccountabilityException.invalid("receivedTo", "clue.filter.dates");
        }
        if (f.text() != null && f.text().strip().length() > 200) {
            throw AccountabilityException.invalid("q", "field.tooLong", 200);
        }
        return new ClueQuery(f, path, f.subsidiaries(), today);
    }

    static ClueSummary toSummary(Clue c, List<CluePerson> persons, LocalDate today) {
        String names = persons == null ? "" : persons.stream().map(CluePerson::name).collect(Collectors.joining("、"));
        return new ClueSummary(c.ledgerNo(), c.enterprise().code(), c.enterprise().fullName(), c.owner().code(),
                c.owner().fullName(), c.source(), c.receivedOn(), c.registeredOn(), c.summary(), names, c.possibleLoss(),
                c.level(), c.status(), c.handler(), c.checkDeadline(), c.supervised(), c.supervisionDeadline(),
                c.isOverdue(today), c.closedOn(), c.version());
    }

    static ClueSummary toSummary(LedgerRow r, LocalDate today) {
        return new ClueSummary(r.ledgerNo(), r.enterpriseCode(), r.enterpriseName(), r.ownerCode(), r.ownerName(),
                r.source(), r.receivedOn(), r.registeredOn(), r.summary(), String.join("、", r.persons()),
                r.possibleLoss(), r.level(), r.status(), r.handler(), r.checkDeadline(), r.supervised(),
                r.supervisionDeadline(), r.overdue(today), r.closedOn(), r.version());
    }

    private ClueDetail toDetail(Scope scope, Clue c, List<ClueData.PersonConcerned> persons, List<String> mergedFrom,
                                SupervisionDetail supervision, LocalDate today) {
        boolean reporterVisible = scope.hasAny(Role.OFFICE, Role.LEADER);
        List<CluePerson> names = persons.stream().map(p -> new CluePerson(c, p.employeeNo(), p.name(), p.note())).toList();
        List<OpenWork> open = c.status().isOpen() ? openWork(List.of(c.id())).getOrDefault(c.id(), List.of()) : List.of();
        return new ClueDetail(toSummary(c, names, today), persons, c.registeredBy(), c.dispositionReason(),
                c.transferKind(), c.transferOrgan(), c.transferReference(),
                c.mergedInto() == null ? null : c.mergedInto().ledgerNo(), mergedFrom, c.otherRulesReference(),
                c.closedBy(), reporterVisible, reporterVisible ? c.reporterName() : null,
                reporterVisible ? c.reporterContact() : null, ClueLifecycle.next(c.status(), scope.roles()), open,
                supervision);
    }
}
