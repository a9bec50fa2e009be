package com.soegroup.accountability.training;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.audit.FieldChange;
import com.soegroup.accountability.org.Enterprise;
import com.soegroup.accountability.org.EnterpriseRepository;
import com.soegroup.accountability.org.Person;
import com.soegroup.accountability.org.PersonRepository;
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

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Training records (业务培训, 篇五 三): OFFICE records courses of any enterprise of its scope, LIAISON those of their own
 * enterprise; OFFICE, LEADER, LIAISON and AUDITOR read them within their scope. Every write and read is audited.
 */
@Stateless
@DenyAll
public class TrainingService {

    static final int MAX_PARTICIPANTS = 500;
    static final int MAX_PAGE = 500;
    private static final BigDecimal MAX_HOURS = new BigDecimal("999");

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @Inject
    private TrainingRepository trainings;

    @Inject
    private EnterpriseRepository enterprises;

    @Inject
    private PersonRepository people;

    @Inject
    private Numbering numbering;

    @Inject
    private Submissions submissions;

    @Inject
    private Clock clock;

    @RolesAllowed({Role.R_OFFICE, Role.R_LIAISON})
    public TrainingDetail record(TrainingData data) {
        return record(data, null);
    }

    /** {@link #record(TrainingData)} from the page, whose form carries a token (posted once). */
    @RolesAllowed({Role.R_OFFICE, Role.R_LIAISON})
    public TrainingDetail record(TrainingData data, String formToken) {
        if (data == null) {
            throw AccountabilityException.invalid("course", "field.required");
        }
        Scope scope = scopes.current();
        LocalDate today = LocalDate.now(clock);
        String course = Inputs.text("course", data.course(), 200);
        Enterprise organiser = organiser(scope, data.organiser());
        LocalDate heldOn = Inputs.notFuture("heldOn", data.heldOn(), today, "training.heldOn.future");
        BigDecimal hours = data.hours();
        if (hours == null) {
            throw AccountabilityException.invalid("hours", "field.required");
        }
        if (hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0 || hours.stripTrailingZeros().scale() > 1) {
            throw AccountabilityException.invalid("hours", "training.hours.invalid");
        }
        int external = data.externalParticipants() == null ? 0 : data.externalParticipants();
        if (external < 0 || external > 100_000) {
            throw AccountabilityException.invalid("externalParticipants", "training.external.invalid");
        }
        String materials = Inputs.optional("materials", data.materials(), 2000);
        Set<String> nos = new LinkedHashSet<>(data.participants().stream().map(String::strip).toList());
        if (nos.size() > MAX_PARTICIPANTS) {
            throw AccountabilityException.invalid("participants", "training.participants.tooMany", MAX_PARTICIPANTS);
        }
        Map<String, Person> found = nos.isEmpty() ? Map.of() : people.byEmployeeNos(scope, nos);
        for (String no : nos) {
            if (!found.containsKey(no)) {
                throw AccountabilityException.invalid("participants", "person.unknown", Inputs.quote(no));
            }
        }
        if (nos.isEmpty() && external == 0) {
            throw AccountabilityException.invalid("participants", "training.participants.none");
        }
        submissions.claim(formToken, TrainingRepository.OBJECT_TYPE);
        Numbering.Issued number = numbering.next(NumberSeries.TRAINING, organiser.code(), heldOn.getYear());
        submissions.created(formToken, number.number());
        Training t = new Training(number.number(), number.year(), number.serial(), organiser, course, heldOn,
                hours.setScale(1), external, materials, found.values().stream().map(Person::id).collect(Collectors.toSet()),
                scope.userId(), clock.instant());
        trainings.persist(t);
        trainings.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("course", course);
        after.put("organiser", organiser.code());
        after.put("heldOn", heldOn);
        after.put("hours", hours.setScale(1));
        after.put("participants", nos.size());
        after.put("externalParticipants", external);
        audit.record(AuditAction.CREATE, TrainingRepository.OBJECT_TYPE, t.trainingNo(), FieldChange.diff(Map.of(), after));
        return view(t);
    }

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public TrainingDetail detail(String trainingNo) {
        Scope scope = scopes.current();
        Training t = trainings.findByNo(scope, trainingNo).orElseThrow(AccountabilityException::notFound);
        TrainingDetail detail = view(t);
        audit.record(AuditAction.READ, TrainingRepository.OBJECT_TYPE, t.trainingNo(), List.of());
        return detail;
    }

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public TrainingPage list(TrainingFilter filter, int first, int max) {
        if (first < 0 || max < 1 || max > MAX_PAGE) {
            throw AccountabilityException.invalid("size", "paging.invalid");
        }
        Scope scope = scopes.current();
        TrainingFilter f = check(filter);
        String path = path(scope, f);
        List<Training> page = trainings.page(scope, f, path, first, max);
        TrainingPage answer = new TrainingPage(trainings.count(scope, f, path), summaries(page));
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("first", first);
        facts.put("shown", page.size());
        facts.put("filter", describe(f));
        audit.record(AuditAction.READ, TrainingRepository.LIST, null, List.of(), facts);
        return answer;
    }

    /** The rows an export writes (at most {@code max}), audited as an export with its filter. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public List<TrainingSummary> exportRows(TrainingFilter filter, int max) {
        Scope scope = scopes.current();
        TrainingFilter f = check(filter);
        List<TrainingSummary> rows = summaries(trainings.page(scope, f, path(scope, f), 0, max));
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("format", "XLSX");
        facts.put("rows", rows.size());
        facts.put("filter", describe(f));
        audit.record(AuditAction.EXPORT, TrainingRepository.LIST, null, List.of(), facts);
        return rows;
    }

    /** Whether the caller may record a training for this enterprise (OFFICE: within scope; LIAISON: their own). */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public boolean mayRecord() {
        Scope scope = scopes.current();
        return scope.has(Role.OFFICE) || (scope.has(Role.LIAISON) && scope.homeEnterprise() != null);
    }

    private List<TrainingSummary> summaries(List<Training> page) {
        Map<Long, Integer> counts = trainings.participantCounts(page);
        return page.stream().map(t -> summary(t, counts.getOrDefault(t.id(), 0))).toList();
    }

    private static TrainingSummary summary(Training t, int participants) {
        return new TrainingSummary(t.trainingNo(), t.course(), t.organiser().code(), t.organiser().fullName(), t.heldOn(),
                t.hours(), participants, t.externalParticipants());
    }

    private TrainingDetail view(Training t) {
        List<TrainingDetail.Participant> participants = trainings.participants(t).stream()
                .map(r -> new TrainingDetail.Participant((String) r[0], (String) r[1], (String) r[2])).toList();
        return new TrainingDetail(summary(t, participants.size()), participants, t.materials(), t.createdBy(),
                t.createdAt(), t.version());
    }

    private Enterprise organiser(Scope scope, String code) {
        if (code == null || code.isBlank()) {
            throw AccountabilityException.invalid("organiser", "field.required");
        }
        Enterprise e = enterprises.findByCode(scope, code)
                .orElseThrow(() -> AccountabilityException.invalid("organiser", "enterprise.unknown", Inputs.quote(code)));
        if (!scope.has(Role.OFFICE) && !e.code().equals(scope.homeEnterprise())) {
            throw AccountabilityException.invalid("organiser", "training.organiser.notOwn");
        }
        return e;
    }

    private static TrainingFilter check(TrainingFilter filter) {
        TrainingFilter f = filter == null ? TrainingFilter.ALL : filter;
        Inputs.optional("q", f.text(), 200);
        Inputs.date("from", f.from());
        Inputs.date("to", f.to());
        if (f.from() != null && f.to() != null && f.to().isBefore(f.from())) {
            throw AccountabilityException.invalid("to", "training.filter.range");
        }
        return f;
    }

    private String path(Scope scope, TrainingFilter f) {
        if (f.enterprise() == null || f.enterprise().isBlank()) {
            return null;
        }
        return enterprises.pathOf(scope, f.enterprise().strip()).orElseThrow(AccountabilityException::notFound);
    }

    static String describe(TrainingFilter f) {
        StringBuilder s = new StringBuilder();
        if (f.enterprise() != null && !f.enterprise().isBlank()) {
            s.append("enterprise=").append(f.enterprise().strip()).append(' ');
        }
        if (f.from() != null) {
            s.append("from=").append(f.from()).append(' ');
        }
        if (f.to() != null) {
            s.append("to=").append(f.to()).append(' ');
        }
        if (f.text() != null && !f.text().isBlank()) {
            s.append("text=").append(f.text().strip());
        }
        return s.toString().strip();
    }
}
