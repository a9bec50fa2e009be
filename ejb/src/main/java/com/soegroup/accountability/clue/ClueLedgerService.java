package com.soegroup.accountability.clue;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.org.Enterprise;
import com.soegroup.accountability.org.EnterpriseRepository;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ledger itself (台账): pages of it in the caller's scope with their count, and the look for duplicates of a
 * clue being registered (查重). Reading a page is logged once per page; its exports are {@link ClueExport}'s.
 */
@Stateless
@DenyAll
public class ClueLedgerService {

    private static final int DUPLICATE_CANDIDATES = 300;
    private static final double SIMILAR_SUMMARY = 0.35;

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @Inject
    private ClueAccess access;

    @Inject
    private ClueRepository clues;

    @Inject
    private EnterpriseRepository enterprises;

    /** A page of the ledger in the caller's scope; reading it is logged once per page. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public CluePage search(ClueFilter filter, ClueSort sort, int first, int max) {
        Scope scope = scopes.current();
        if (first < 0 || max < 1 || max > ClueAccess.MAX_PAGE) {
            throw AccountabilityException.invalid("size", "paging.invalid");
        }
        ClueQuery query = access.query(scope, filter);
        List<LedgerRow> page = clues.lines(scope, query, sort == null ? ClueSort.DEFAULT : sort, first, max);
        long total = page.size() < max && first == 0 ? page.size() : clues.count(scope, query);
        List<ClueSummary> items = page.stream().map(r -> ClueAccess.toSummary(r, query.today())).toList();
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("first", first);
        facts.put("shown", items.size());
        facts.put("filter", (filter == null ? ClueFilter.ALL : filter).describe());
        audit.record(AuditAction.READ, ClueAccess.AUDIT_LEDGER, null, List.of(), facts);
        return new CluePage(total, items);
    }

    /** How many lines of the ledger the filter matches (the page's paginator); only a number, so not logged. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public long count(ClueFilter filter) {
        Scope scope = scopes.current();
        return clues.count(scope, access.query(scope, filter));
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
        Set<String> keys = new HashSet<>();
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
        LocalDate today = access.today();
        List<ClueSummary> result = best.stream().map(c -> ClueAccess.toSummary(c, persons.get(c.id()), today)).toList();
        if (!result.isEmpty()) {
            audit.record(AuditAction.READ, ClueAccess.AUDIT_LEDGER, null, List.of(), Map.of("duplicatesOf", enterprise.code(),
                    "shown", result.size()));
        }
        return result;
    }
}
