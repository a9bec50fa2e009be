package com.soegroup.accountability.circular;

import com.soegroup.accountability.circular.CircularAnonymiser.MaskKind;
import com.soegroup.accountability.circular.CircularAnonymiser.Term;
import com.soegroup.accountability.decision.Decision;
import com.soegroup.accountability.decision.DecisionRepository;
import com.soegroup.accountability.investigation.Investigation;
import com.soegroup.accountability.investigation.InvestigationSubject;
import com.soegroup.accountability.org.DisplayNames;
import com.soegroup.accountability.org.Enterprise;
import com.soegroup.accountability.rule.BundleKeyed;
import com.soegroup.accountability.rule.sanction.Measure;
import com.soegroup.accountability.rule.set.Circumstance;
import com.soegroup.accountability.ruleset.CircumstanceClassifier;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.CircumstanceRef;
import com.soegroup.accountability.shared.Inputs;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * What the circular services share: finding a circular the caller may read, the terms it must hide (from its case:
 * the subjects, their employee numbers, the enterprises; and the office's own), the first draft from the case, the
 * leak check, the page's view and the history.
 */
@ApplicationScoped
class CircularAccess {

    static final ResourceBundle TEXTS = ResourceBundle.getBundle("com.soegroup.accountability.circular.circular", Locale.ROOT);
    static final int MAX_LIST = 500;

    @Inject
    private CircularRepository circulars;

    @Inject
    private DecisionRepository decisions;

    @Inject
    private CircumstanceClassifier circumstances;

    @EJB
    private DisplayNames names;

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    static String text(String key, Object... arguments) {
        String pattern = TEXTS.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }

    static String name(BundleKeyed code) {
        return code == null ? "" : TEXTS.containsKey(code.bundleKey()) ? TEXTS.getString(code.bundleKey()) : code.name();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Clock clock() {
        return clock;
    }

    /** The path of the caller's home enterprise, or null when the directory names none the application knows. */
    String homePath(Scope scope) {
        return home(scope).map(Enterprise::path).orElse(null);
    }

    Optional<Enterprise> home(Scope scope) {
        return scope.homeEnterprise() == null ? Optional.empty() : circulars.enterpriseByCode(scope.homeEnterprise());
    }

    Circular row(Scope scope, String no) {
        String n = Inputs.strip(no);
        if (n == null) {
            throw AccountabilityException.notFound();
        }
        return circulars.byNo(scope, homePath(scope), n).orElseThrow(AccountabilityException::notFound);
    }

    /** A circular as a case record (OFFICE, LEADER, AUDITOR of its scope, not involved). */
    Circular record(Scope scope, String no) {
        Circular c = row(scope, no);
        if (!caseRole(scope, c)) {
            throw AccountabilityException.notFound();
        }
        return c;
    }

    /** The same at the version the caller read: a stale version is refused and nothing changes. */
    Circular current(Scope scope, String no, Integer version) {
        Circular c = record(scope, no);
        Inputs.version(version, c.version());
        return c;
    }

    /** Whether the caller reaches the circular as a case record (else only as a recipient). */
    boolean caseRole(Scope scope, Circular c) {
        return scope.hasAny(Role.OFFICE, Role.LEADER, Role.AUDITOR) && scope.covers(c.enterprise().path())
                && !involved(scope, c.investigationId());
    }

    private boolean involved(Scope scope, Long investigationId) {
        if (scope.personId() == null) {
            return false;
        }
        return !em.createQuery("SELECT i.id FROM InvolvedPerson i WHERE i.objectType = 'INVESTIGATION' AND i.objectId = :o "
                        + "AND i.personId = :p", Long.class)
                .setParameter("o", investigationId).setParameter("p", scope.personId()).setMaxResults(1).getResultList().isEmpty();
    }

    // --- masks ----------------------------------------------------------------------------------------------

    /** The terms the case gives: its subjects and decided persons, their employee numbers, the enterprises concerned. */
    List<Term> caseTerms(Long investigationId) {
        Investigation investigation = em.find(Investigation.class, investigationId);
        Map<String, Term> terms = new LinkedHashMap<>();
        List<InvestigationSubject> subjects = em.createQuery("SELECT s FROM InvestigationSubject s WHERE s.investigation = :i ORDER BY s.id",
                InvestigationSubject.class).setParameter("i", investigation).getResultList();
        List<String> enterpriseCodes = new ArrayList<>();
        for (InvestigationSubject s : subjects) {
            person(terms, s.name(), s.employeeNo());
            enterpriseCodes.add(s.enterpriseCode());
        }
        for (Decision d : circulars.decided(investigationId)) {
            person(terms, d.personName(), d.employeeNo());
            enterprise(terms, d.personEnterprise());
        }
        enterprise(terms, investigation.owner());
        enterprise(terms, investigation.lossEnterprise());
        for (String code : enterpriseCodes) {
            circulars.enterpriseByCode(code).ifPresent(e -> enterprise(terms, e));
        }
        return new ArrayList<>(terms.values());
    }

    private static void person(Map<String, Term> terms, String name, String employeeNo) {
        if (name != null && !name.isBlank()) {
            terms.putIfAbsent(name.strip(), new Term(name.strip(), CircularAnonymiser.person(name), MaskKind.PERSON));
        }
        if (employeeNo != null && !employeeNo.isBlank()) {
            terms.putIfAbsent(employeeNo.strip(), new Term(employeeNo.strip(), CircularAnonymiser.MASK, MaskKind.EMPLOYEE_NO));
        }
    }

    private static void enterprise(Map<String, Term> terms, Enterprise e) {
        if (e == null) {
            return;
        }
        String alias = CircularAnonymiser.enterprise(e.depth());
        for (String n : new String[] {e.fullName(), e.shortName()}) {
            // a short name of one or two characters would mask ordinary words: only names of three or more
            if (n != null && n.strip().length() >= 3) {
                terms.putIfAbsent(n.strip(), new Term(n.strip(), alias, MaskKind.ENTERPRISE));
            }
        }
    }

    /** Every term of the circular: the case's, then the office's own (a line of the office's overrides the case's). */
    List<Term> terms(Circular c) {
        Map<String, Term> all = new LinkedHashMap<>();
        for (Term t : caseTerms(c.investigationId())) {
            all.put(t.original(), t);
        }
        for (Term t : CircularAnonymiser.parse(c.maskTerms(), MaskKind.ADDED)) {
            Term known = all.get(t.original());
            all.put(t.original(), new Term(t.original(), t.replacement(), known == null ? MaskKind.ADDED : known.kind()));
        }
        return new ArrayList<>(all.values());
    }

    /** The terms that must be gone: all but the enterprises when the decision lets the enterprise be named. */
    static List<Term> forbidden(List<Term> terms, boolean nameEnterprise) {
        return terms.stream().filter(t -> !(nameEnterprise && t.kind() == MaskKind.ENTERPRISE)).toList();
    }

    /** Refuses (422) a text that still holds a term that must be gone or an ID number, naming it. */
    static void checkLeaks(CircularParts parts, List<Term> forbidden) {
        CircularAnonymiser.leak(parts.all(), forbidden).ifPresent(leak -> {
            throw AccountabilityException.refused("circular.leak", leak.kind(), leak.text());
        });
    }

    // --- the first draft ------------------------------------------------------------------------------------

    /** The first text from the case and its decided decisions, anonymised with the case's terms. */
    CircularParts draft(Scope scope, Investigation investigation, CircularKind kind, List<Term> terms) {
        List<Decision> decided = circulars.decided(investigation.id());
        String subject = CircularAnonymiser.enterprise(investigation.owner().depth());
        String title = text("draft.title." + kind.name(), subject);
        List<String> facts = new ArrayList<>();
        List<String> violations = new ArrayList<>();
        List<String> handling = new ArrayList<>();
        for (Decision d : decided) {
            String person = d.personName();
            if (d.facts() != null && !d.facts().isBlank()) {
                facts.add(text("draft.facts", person, d.facts().strip()));
            }
            Set<CircumstanceRef> refs = decisions.violations(scope, d);
            List<Circumstance> found = circumstances.describe(refs);
            if (found.isEmpty()) {
                violations.add(text("draft.violation.none", person, name(d.responsibility())));
            } else {
                violations.add(text("draft.violation", person, String.join("；", found.stream().map(Circumstance::citation).toList())));
            }
            handling.add(text("draft.handling", person, measures(d)));
        }
        if (facts.isEmpty()) {
            facts.add(text("draft.facts.noFacts", investigation.title(), investigation.caseNo()));
        }
        CircularParts raw = new CircularParts(title, String.join("\n", facts), String.join("\n", violations), String.join("\n", handling),
                text("draft.lesson." + kind.name()));
        CircularParts a = anonymise(raw, terms);
        // a case of many decisions drafts more than a part holds: the office shortens the draft, it is not refused
        return new CircularParts(fit(a.title(), CircularDraftService.MAX_TITLE), fit(a.facts(), CircularDraftService.MAX_FACTS),
                fit(a.violation(), CircularDraftService.MAX_PART), fit(a.handling(), CircularDraftService.MAX_PART),
                fit(a.lesson(), CircularDraftService.MAX_PART));
    }

    private static String fit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String measures(Decision d) {
        List<Measure> measures = d.terms().measures();
        if (measures.isEmpty()) {
            return name(d.outcome());
        }
        return String.join("、", measures.stream().map(CircularAccess::name).toList());
    }

    static CircularParts anonymise(CircularParts p, List<Term> terms) {
        return new CircularParts(CircularAnonymiser.apply(p.title(), terms), CircularAnonymiser.apply(p.facts(), terms),
                CircularAnonymiser.apply(p.violation(), terms), CircularAnonymiser.apply(p.handling(), terms),
                CircularAnonymiser.apply(p.lesson(), terms));
    }

    // --- the page's view and the history --------------------------------------------------------------------

    CircularSummary summary(Circular c, boolean recipient, boolean read) {
        String code = c.enterprise().code();
        return new CircularSummary(c.circularNo(), c.kind(), c.state(), c.title(), code,
                names.enterprises(List.of(code)).getOrDefault(code, c.enterprise().fullName()), c.caseNo(), c.publishedOn(), recipient, read);
    }

    List<CircularSummary> summaries(Scope scope, String homePath, List<Circular> rows) {
        Set<Long> read = circulars.readBy(scope.userId(), rows.stream().map(Circular::id).toList());
        Map<String, String> enterprises = names.enterprises(rows.stream().map(c -> c.enterprise().code()).distinct().toList());
        List<CircularSummary> out = new ArrayList<>(rows.size());
        for (Circular c : rows) {
            boolean recipient = c.state() == CircularState.PUBLISHED && circulars.receives(scope, homePath, c);
            out.add(new CircularSummary(c.circularNo(), c.kind(), c.state(), c.title(), c.enterprise().code(),
                    enterprises.getOrDefault(c.enterprise().code(), c.enterprise().fullName()), c.caseNo(), c.publishedOn(), recipient,
                    read.contains(c.id())));
        }
        return out;
    }

    CircularDetail detail(Scope scope, Circular c) {
        String homePath = homePath(scope);
        boolean record = caseRole(scope, c);
        boolean recipient = c.state() == CircularState.PUBLISHED && circulars.receives(scope, homePath, c);
        CircularSummary summary = summary(c, recipient, circulars.hasRead(c, scope.userId()));
        List<CircularMask> masks = List.of();
        List<CircularVersion> versions = List.of();
        List<CircularHistoryEntry> history = List.of();
        String added = null;
        if (record) {
            masks = terms(c).stream().map(t -> new CircularMask(t.original(), t.replacement(), t.kind())).toList();
            versions = circulars.texts(c).stream().map(t -> new CircularVersion(t.textNo(), t.savedBy(), t.savedAt(), t.parts())).toList();
            history = circulars.history(c).stream().map(h -> new CircularHistoryEntry(h.occurredAt(), h.userId(), h.action(), h.fromStatus(),
                    h.toStatus(), h.reason(), h.details())).toList();
            added = c.maskTerms();
        }
        String publishCode = c.publishEnterprise() == null ? null : c.publishEnterprise().code();
        String publishName = publishCode == null ? null : names.enterprises(List.of(publishCode)).getOrDefault(publishCode, publishCode);
        return new CircularDetail(summary, c.parts(), c.textNo(), masks, added, c.nameEnterprise(), c.createdBy(), c.approvedBy(),
                record ? c.approvalOpinion() : null, c.publishedOn(), c.publishedBy(), publishCode, publishName, c.publishRoles(),
                versions, history, actions(scope, c, record), c.version());
    }

    static CircularActions actions(Scope scope, Circular c, boolean record) {
        boolean office = record && scope.has(Role.OFFICE);
        boolean leader = record && scope.has(Role.LEADER);
        String reason = null;
        switch (c.state()) {
            case DRAFTING -> reason = office ? null : "circular.reason.officeDrafts";
            case SUBMITTED -> reason = leader ? null : "circular.reason.leaderApproves";
            case APPROVED -> reason = office ? null : "circular.reason.officePublishes";
            default -> reason = null;
        }
        return new CircularActions(office && c.state() == CircularState.DRAFTING, office && c.state() == CircularState.DRAFTING && c.textNo() > 0,
                leader && c.state() == CircularState.SUBMITTED, office && c.state() == CircularState.APPROVED,
                record && c.state() == CircularState.PUBLISHED, record ? reason : null);
    }

    void history(Scope scope, Circular c, CircularHistory.Action action, CircularState from, CircularState to, String reason,
                 String details) {
        circulars.persist(new CircularHistory(c.id(), clock.instant(), scope.userId(), action, from, to, reason, details));
    }
}
