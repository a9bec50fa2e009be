package com.soegroup.accountability.effect;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.org.PersonService;
import com.soegroup.accountability.org.PersonSummary;
import com.soegroup.accountability.rule.effect.Eligibility;
import com.soegroup.accountability.rule.effect.PromotionEffectRule;
import com.soegroup.accountability.rule.effect.Restriction;
import com.soegroup.accountability.rule.effect.RestrictionKind;
import com.soegroup.accountability.rule.set.RuleSet;
import com.soegroup.accountability.rule.set.RuleSets;
import com.soegroup.accountability.ruleset.RuleSetCatalog;
import com.soegroup.accountability.shared.AccountabilityException;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What decisions mean for a person's career, for HR (rules.md §8, api.md "HR" and "Ban list"): eligibility on a
 * date for one person or a list of up to 10,000, a person's whole timeline, and the ban list. Computed from every
 * decision with effects of the person across all cases and from the discipline organs' periods; each restriction
 * names its decision. HR reads numbers, measures, dates and kinds, never case facts.
 * <p>
 * A person is seen when their current enterprise is in the caller's scope; outside it is exactly like unknown
 * (404, or "not found" in a list). A list costs three statements whatever its length.
 */
@Stateless
@DenyAll
public class EffectService {

    public static final int MAX_BATCH = 10_000;
    public static final String FIELD_EMPLOYEE_NOS = "employeeNos";

    /** The object types this service writes to the audit trail. */
    public static final String AUDIT_ELIGIBILITY = "PROMOTION_ELIGIBILITY";
    public static final String AUDIT_ELIGIBILITY_LIST = "PROMOTION_ELIGIBILITY_LIST";
    public static final String AUDIT_TIMELINE = "PROMOTION_EFFECTS";
    public static final String AUDIT_BAN_LIST = "BAN_LIST";

    private static final int PEOPLE_SHOWN = 20;

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @EJB
    private PersonService people;

    @Inject
    private EffectQueries queries;

    @Inject
    private RuleSetCatalog ruleSets;

    @Inject
    private Clock clock;

    /** api.md {@code GET /people/{employeeNo}/promotion-eligibility}: 404 for a person unknown or out of scope. */
    @RolesAllowed({Role.R_HR, Role.R_OFFICE, Role.R_LEADER})
    public Eligibility eligibility(String employeeNo, LocalDate date) {
        LocalDate on = dateOr(date);
        PersonEligibility answer = answer(scopes.current(), List.of(employeeNo == null ? "" : employeeNo), on).get(0);
        if (!answer.found()) {
            throw AccountabilityException.notFound();
        }
        audit.record(AuditAction.READ, AUDIT_ELIGIBILITY, answer.person().employeeNo(), List.of(),
                Map.of("date", on.toString()));
        return answer.eligibility();
    }

    /**
     * api.md {@code POST /people/promotion-eligibility}: one answer per number asked, in the order asked (a number
     * asked twice is answered twice). One audit entry for the list.
     */
    @RolesAllowed({Role.R_HR, Role.R_OFFICE, Role.R_LEADER})
    public List<PersonEligibility> eligibility(List<String> employeeNos, LocalDate date) {
        if (employeeNos == null || employeeNos.isEmpty()) {
            throw AccountabilityException.invalid(FIELD_EMPLOYEE_NOS, "effect.batch.empty");
        }
        if (employeeNos.size() > MAX_BATCH) {
            throw AccountabilityException.invalid(FIELD_EMPLOYEE_NOS, "effect.batch.tooMany", MAX_BATCH);
        }
        LocalDate on = dateOr(date);
        List<PersonEligibility> answers = answer(scopes.current(), employeeNos, on);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("date", on.toString());
        facts.put("asked", answers.size());
        facts.put("found", answers.stream().filter(PersonEligibility::found).count());
        audit.record(AuditAction.READ, AUDIT_ELIGIBILITY_LIST, null, List.of(), facts);
        return answers;
    }

    /** The HR page's candidate list: the file's employee numbers ({@link CandidateList}), answered as a list. */
    @RolesAllowed({Role.R_HR, Role.R_OFFICE, Role.R_LEADER})
    public List<PersonEligibility> eligibilityOfFile(byte[] content, LocalDate date) {
        return eligibility(CandidateList.parse(content), date);
    }

    /** HR's card: the standing on {@code date} and every restriction the person's decisions ever applied. */
    @RolesAllowed({Role.R_HR, Role.R_OFFICE, Role.R_LEADER})
    public EffectTimeline timeline(String employeeNo, LocalDate date) {
        LocalDate on = dateOr(date);
        Scope scope = scopes.current();
        String number = employeeNo == null ? "" : employeeNo.strip();
        PersonRef person = queries.peopleInScope(scope, List.of(number)).get(number);
        if (person == null) {
            throw AccountabilityException.notFound();
        }
        List<Effects.DecisionRow> decisions = queries.decisions(List.of(person.id()), null)
                .getOrDefault(person.id(), List.of());
        List<Effects.DisciplinaryRow> disciplinary = queries.disciplinary(List.of(person.id()), null)
                .getOrDefault(person.id(), List.of());
        Map<String, RuleSet> sets = new HashMap<>();
        List<Restriction> all = Effects.restrictions(decisions, disciplinary, code -> ruleSet(sets, code));
        Map<String, DecisionPayTerms> payTerms = queries.payTerms(person.id());
        DecisionPayTerms none = new DecisionPayTerms(null, false, null, null, false, false, null);
        List<DecisionEffect> shown = decisions.stream()
                .sorted(Comparator.comparing(Effects.DecisionRow::servedOn).thenComparing(Effects.DecisionRow::decisionNo))
                .map(d -> new DecisionEffect(d.decisionNo(), Effects.measures(d.measures()), d.banYears(), d.banLifetime(),
                        d.periodStart(), d.servedOn(), d.endedOn(), d.replacement(),
                        payTerms.getOrDefault(d.decisionNo(), none)))
                .toList();
        Eligibility eligibility = PromotionEffectRule.eligibility(all, null, null, on);
        audit.record(AuditAction.READ, AUDIT_TIMELINE, person.employeeNo(), List.of(), Map.of("date", on.toString()));
        return new EffectTimeline(person, on, eligibility, all, shown);
    }

    /** People of the scope by name or employee number, for the HR page's search (the first twenty). */
    @RolesAllowed({Role.R_HR, Role.R_OFFICE, Role.R_LEADER})
    public List<PersonSummary> findPeople(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return people.search(text, null, true, null, 0, PEOPLE_SHOWN).people();
    }

    /**
     * The ban list (禁入限制名单) on {@code activeOn}: every BAN of a decision with effects in force that day, as far
     * as the decision applied (an appeal's result ends it). Seen by the scope of the person's enterprise at the
     * time of the decision or of the deciding unit.
     */
    @RolesAllowed({Role.R_HR, Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR})
    public List<BanEntry> bans(LocalDate activeOn) {
        LocalDate on = dateOr(activeOn);
        Map<String, RuleSet> sets = new HashMap<>();
        List<BanEntry> bans = new ArrayList<>();
        for (EffectQueries.BanRow row : queries.bans(scopes.current(), on)) {
            for (Restriction r : Effects.of(row.decision(), ruleSet(sets, row.decision().ruleSet()))) {
                if (r.kind() == RestrictionKind.SOE_BAN && r.inForceOn(on)) {
                    bans.add(new BanEntry(row.personName(), row.employeeNo(), row.idHash(), row.enterpriseCode(),
                            row.enterpriseName(), row.decision().decisionNo(), r.from(), r.eligibleFrom(), row.legalBasis()));
                }
            }
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("activeOn", on.toString());
        facts.put("shown", bans.size());
        audit.record(AuditAction.READ, AUDIT_BAN_LIST, null, List.of(), facts);
        return bans;
    }

    /** Today in China, the default date of every question here. */
    @RolesAllowed({Role.R_HR, Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR})
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private List<PersonEligibility> answer(Scope scope, List<String> employeeNos, LocalDate on) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String number : employeeNos) {
            if (number != null && !number.isBlank()) {
                distinct.add(number.strip());
            }
        }
        Map<String, PersonRef> found = distinct.isEmpty() ? Map.of() : queries.peopleInScope(scope, distinct);
        List<Long> ids = found.values().stream().map(PersonRef::id).toList();
        Map<Long, List<Effects.DecisionRow>> decisions = ids.isEmpty() ? Map.of() : queries.decisions(ids, on);
        Map<Long, List<Effects.DisciplinaryRow>> disciplinary = ids.isEmpty() ? Map.of() : queries.disciplinary(ids, on);
        Map<String, RuleSet> sets = new HashMap<>();
        Map<Long, Eligibility> byPerson = new HashMap<>();
        for (PersonRef person : found.values()) {
            List<Restriction> restrictions = Effects.restrictions(decisions.getOrDefault(person.id(), List.of()),
                    disciplinary.getOrDefault(person.id(), List.of()), code -> ruleSet(sets, code));
            byPerson.put(person.id(), PromotionEffectRule.eligibility(restrictions, null, null, on));
        }
        List<PersonEligibility> answers = new ArrayList<>(employeeNos.size());
        for (String number : employeeNos) {
            PersonRef person = number == null ? null : found.get(number.strip());
            answers.add(new PersonEligibility(number, person, person == null ? null : byPerson.get(person.id())));
        }
        return answers;
    }

    /**
     * The decision's own rule set: its periods are those it was decided under. Sets are retired, never deleted,
     * so a code not on record is damaged data; guessing another set could answer wrongly, so it is loud.
     */
    private RuleSet ruleSet(Map<String, RuleSet> cache, String code) {
        return cache.computeIfAbsent(code, c -> RuleSets.byCode(ruleSets.all(), c)
                .orElseThrow(() -> new IllegalStateException("Rule set " + c + " of a decision is not on record")));
    }

    private LocalDate dateOr(LocalDate date) {
        return date == null ? LocalDate.now(clock) : date;
    }
}
