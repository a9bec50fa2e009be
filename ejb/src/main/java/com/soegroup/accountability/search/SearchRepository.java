package com.soegroup.accountability.search;

import com.soegroup.accountability.clue.ClueStatus;
import com.soegroup.accountability.decision.DecisionStatus;
import com.soegroup.accountability.investigation.InvestigationRepository;
import com.soegroup.accountability.investigation.InvestigationStatus;
import com.soegroup.accountability.org.PersonStatus;
import com.soegroup.accountability.rule.BundleKeyed;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The statements of a search, one table per {@link SearchType}: what the caller's scope lets through, exactly as the
 * area's own list (clue.ClueRepository, investigation.InvestigationRepository,
 * decision.DecisionRepository, org.PersonRepository: the same paths, the same recusal rows), and what the words
 * match. Native SQL, because the match is V39's bigram index: a word of two characters or more must have all its
 * pairs in the record's pairs (the GIN index finds those rows) and be a substring of its text (strpos checks the
 * rows found); a number word matches the number from its beginning (the pattern index).
 */
@ApplicationScoped
public class SearchRepository {

    /** The recusal rows of clues (clue.ClueRepository's object type). */
    static final String CLUE_OBJECT_TYPE = "CLUE";

    @PersistenceContext
    private EntityManager em;

    /** How many records of the type match, counting no further than {@code cap} (one more tells "more"). */
    public long count(Scope scope, SearchType type, SearchQuery query, int cap) {
        Source source = Source.of(type);
        Scope.Condition where = source.access(scope).and(source.match(query, true));
        Query count = em.createNativeQuery("SELECT count(*) FROM (SELECT 1 FROM " + source.from + " WHERE " + where
                + " LIMIT " + cap + ") x");
        return ((Number) where.bind(count).getSingleResult()).longValue();
    }

    /**
     * The records of the type that match, newest first (people by employee number), from {@code first}. With
     * {@code many} (the count found more than the cap) the words are tested on the rows in date order instead of
     * looked up in the bigram index: the planner cannot know how many rows a word of several pairs matches (it
     * multiplies the pairs' frequencies, which belong together), and for a common word, reading thousands of rows
     * the index found only to keep the newest twenty costs far more than walking the date index to twenty matches.
     */
    public List<SearchHit> page(Scope scope, SearchType type, SearchQuery query, int first, int max, boolean many) {
        Source source = Source.of(type);
        Scope.Condition where = source.access(scope).and(source.match(query, !many));
        Query page = em.createNativeQuery("SELECT " + source.columns + " FROM " + source.from + " WHERE " + where
                + " ORDER BY " + source.order);
        List<SearchHit> hits = new ArrayList<>();
        for (Object row : where.bind(page).setFirstResult(first).setMaxResults(max).getResultList()) {
            Object[] r = (Object[]) row;
            String status = (String) r[3];
            hits.add(new SearchHit(type, (String) r[0], (String) r[1], (String) r[2], status,
                    status == null ? null : source.statusKey.apply(status), date(r[4])));
        }
        return hits;
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        return value instanceof Date d ? d.toLocalDate() : null;
    }

    /**
     * A table to search: the columns of a hit (number, title, enterprise name — read for the rows shown only —,
     * status, date), its order, its number column, the text its bigram index (V39) holds — spelled as in the index,
     * so that the planner recognises it — and, for people, the employee number as a word that is a code.
     */
    private record Source(SearchType type, String from, String columns, String order, String number, String text,
                          boolean codeNumbers, Function<String, String> statusKey) {

        static Source of(SearchType type) {
            return switch (type) {
                case CLUE -> new Source(type, "clue c", "c.ledger_no, c.summary, "
                        + "(SELECT e.full_name FROM enterprise e WHERE e.id = c.enterprise_id), c.status, c.received_on",
                        "c.received_on DESC, c.id DESC", "c.ledger_no", "c.summary", false, s -> key(ClueStatus.valueOf(s)));
                case INVESTIGATION -> new Source(type, "investigation i", "i.case_no, i.title, "
                        + "(SELECT o.full_name FROM enterprise o WHERE o.id = i.owner_enterprise_id), i.status, i.opened_on",
                        "i.opened_on DESC, i.id DESC", "i.case_no", "i.title || ' ' || i.plan", false,
                        s -> key(InvestigationStatus.valueOf(s)));
                case DECISION -> new Source(type, "decision d", "d.decision_no, d.person_name, "
                        + "(SELECT o.full_name FROM enterprise o WHERE o.id = d.owner_enterprise_id), d.status, d.determination_date",
                        "d.proposed_at DESC, d.id DESC", "d.decision_no", "d.person_name || ' ' || d.facts", false,
                        s -> key(DecisionStatus.valueOf(s)));
                case PERSON -> new Source(type, "person p", "p.employee_no, p.name, "
                        + "(SELECT e.full_name FROM enterprise e WHERE e.id = p.enterprise_id), p.status, NULL", "p.employee_no",
                        "p.employee_no", "p.name", true, s -> key(PersonStatus.valueOf(s)));
            };
        }

        private static String key(BundleKeyed value) {
            return value.bundleKey();
        }

        /** What the caller may see of this table: its area's list's predicate, in SQL. */
        Scope.Condition access(Scope scope) {
            return switch (type) {
                // clue.ClueRepository.visible: the handling unit in scope, never a clue the caller is concerned in
                case CLUE -> in(scope.within("o.path"), "c.owner_enterprise_id", "o")
                        .and(scope.notInvolvedSql(CLUE_OBJECT_TYPE, "c.id"));
                // investigation.InvestigationRepository.visible: the handling unit in scope for the case roles, the
                // team (without a declared conflict) for investigators; never a case the caller is involved in
                case INVESTIGATION -> {
                    List<String> any = new ArrayList<>();
                    Map<String, Object> parameters = new LinkedHashMap<>();
                    if (scope.hasAny(Role.OFFICE, Role.LEADER, Role.AUDITOR)) {
                        Scope.Condition within = in(scope.within("o.path"), "i.owner_enterprise_id", "o");
                        any.add(within.jpql());
                        parameters.putAll(within.parameters());
                    }
                    if (scope.has(Role.INVESTIGATOR)) {
                        any.add("EXISTS (SELECT 1 FROM investigation_member tm WHERE tm.investigation_id = i.id "
                                + "AND tm.user_id = :teamUser AND tm.recusal <> 'CONFLICT')");
                        parameters.put("teamUser", scope.userId());
                    }
                    yield anyOf(any, parameters).and(scope.notInvolvedSql(InvestigationRepository.OBJECT_TYPE, "i.id"));
                }
                // decision.DecisionRepository.visible: the deciding unit in scope for the case roles, the person's
                // enterprise for HR; never a decision of a case the caller is involved in
                case DECISION -> {
                    List<String> any = new ArrayList<>();
                    Map<String, Object> parameters = new LinkedHashMap<>();
                    if (scope.hasAny(Role.OFFICE, Role.LEADER, Role.AUDITOR)) {
                        Scope.Condition within = in(scope.within("o.path"), "d.owner_enterprise_id", "o");
                        any.add(within.jpql());
                        parameters.putAll(within.parameters());
                    }
                    if (scope.has(Role.HR)) {
                        Scope.Condition within = in(scope.within("pe.path", "hrScopeRoot"), "d.person_enterprise_id", "pe");
                        any.add(within.jpql());
                        parameters.putAll(within.parameters());
                    }
                    yield anyOf(any, parameters).and(scope.notInvolvedSql(InvestigationRepository.OBJECT_TYPE,
                            "d.investigation_id"));
                }
                // org.PersonRepository: a person of an enterprise in scope
                case PERSON -> in(scope.within("e.path"), "p.enterprise_id", "e");
            };
        }

        /**
         * "The record's enterprise is one of those the scope's paths cover", as a list of enterprise ids read once
         * per statement (an init plan) rather than a join: the planner then chooses between the bigram index and the
         * date order on the searched table alone. Joined, it took the enterprises for one row and repeated the
         * bitmap scan of a common word for each of them (5 s for a word in 33,000 of a million clues).
         */
        private static Scope.Condition in(Scope.Condition within, String enterpriseIdColumn, String alias) {
            return new Scope.Condition(enterpriseIdColumn + " = ANY (ARRAY(SELECT " + alias + ".id FROM enterprise " + alias
                    + " WHERE " + within.jpql() + "))", within.parameters());
        }

        private static Scope.Condition anyOf(List<String> any, Map<String, Object> parameters) {
            return any.isEmpty() ? new Scope.Condition("1 = 0", Map.of())
                    : new Scope.Condition("(" + String.join(" OR ", any) + ")", parameters);
        }

        /** Every word of the query, each in the number or the text; {@code indexed}: through the bigram index. */
        Scope.Condition match(SearchQuery query, boolean indexed) {
            StringBuilder sql = new StringBuilder("1 = 1");
            Map<String, Object> parameters = new LinkedHashMap<>();
            for (int i = 0; i < query.words().size(); i++) {
                SearchQuery.Word word = query.words().get(i);
                List<String> any = new ArrayList<>();
                if (word.number() || codeNumbers && word.code()) {
                    any.add(number + " LIKE :searchPrefix" + i);
                    parameters.put("searchPrefix" + i, word.prefix());
                }
                if (!word.number()) {
                    String contains = "strpos(lower(" + text + "), lower(:searchWord" + i + ")) > 0";
                    any.add(indexed && word.indexed()
                            ? "(search_bigrams(" + text + ") @> search_bigrams(:searchWord" + i + ") AND " + contains + ")"
                            : contains);
                    parameters.put("searchWord" + i, word.text());
                }
                sql.append(" AND (").append(String.join(" OR ", any)).append(")");
            }
            return new Scope.Condition(sql.toString(), parameters);
        }
    }
}
