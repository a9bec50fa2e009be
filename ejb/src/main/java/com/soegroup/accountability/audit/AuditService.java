package com.soegroup.accountability.audit;

import com.soegroup.accountability.shared.ApplicationClock;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.shared.ScopeService;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The audit trail (审计日志). Other areas call {@link #record} for every write and for every read of
 * confidential records (case facts, pay, ID data; lists once per page), as the last step of the service
 * method: the entry is written in the caller's transaction (it exists exactly when the change does), and from
 * then until commit the transaction holds the chain's head, which serialises appends.
 * ADMIN and AUDITOR search the log and {@link #verify()} the chain.
 */
@Stateless
@DenyAll
public class AuditService {

    /** The object types of ADMIN's own work, whose entries it reads in full. */
    static final Set<String> ADMIN_DOMAIN = Set.of("ENTERPRISE", "ENTERPRISE_TREE", "PERSON",
            "PERSON_LIST", "IMPORT", "RULE_SET", "USER_SCOPE", "AUDIT_LOG");

    /** The object types of the application's own affairs (configuration, the chain's check): no enterprise's cases. */
    static final Set<String> APPLICATION = Set.of("RULE_SET", "IMPORT", "USER_SCOPE", "AUDIT_CHAIN");

    static final int MAX_PAGE = 500;
    /**
     * Appends an entry in one statement: takes the chain's head (locked until commit, which gives entries
     * gap-free numbers in commit order), writes the entry with the next number and its SHA-256 (AuditChain's
     * content: the number, the part the application computed, the previous hash), and moves the head to it (its
     * trigger refuses any other move). The last parameter is AuditChain.between(...).
     */
    private static final String APPEND = "WITH head AS (SELECT last_seq + 1 AS seq, rtrim(last_hash) AS previous "
            + "FROM audit_chain WHERE id = 1 FOR UPDATE), "
            + "entry AS (INSERT INTO audit_entry (seq, occurred_at, user_id, roles, action, object_type, object_id, details, "
            + "previous_hash, hash) SELECT head.seq, ?, ?, ?, ?, ?, ?, ?, head.previous, encode(sha256(convert_to("
            + "length(head.seq::text) || ':' || head.seq::text || '|' || CAST(? AS text) || length(head.previous) || ':' "
            + "|| head.previous || '|', 'UTF8')), 'hex') FROM head RETURNING seq, hash) "
            + "UPDATE audit_chain SET last_seq = entry.seq, last_hash = entry.hash FROM entry WHERE audit_chain.id = 1";
    private static final int MAX_TEXT = 200;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @EJB
    private ScopeService scopes;

    @Inject
    @Any
    private Instance<AuditedRecords> areas;

    /** Records an act of the signed-in caller on an object, with the fields it changed. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public void record(AuditAction action, String objectType, String objectId, List<FieldChange> changes) {
        append(caller(), roles(), action, objectType, objectId, AuditDetails.write(changes, Map.of()));
    }

    /** Records an act of the signed-in caller with facts about it (e.g. what page of a list, how many rows). */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public void record(AuditAction action, String objectType, String objectId, List<FieldChange> changes,
                       Map<String, ?> facts) {
        append(caller(), roles(), action, objectType, objectId, AuditDetails.write(changes, facts));
    }

    /** A signed-in user's session began (the web layer calls this once per session). */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public void recordSignIn(String channel) {
        append(caller(), roles(), AuditAction.SIGN_IN, null, null, AuditDetails.write(List.of(), Map.of("channel", channel)));
    }

    /**
     * A sign-in was refused. Open to anyone because nobody is signed in at that moment; only the attempted user
     * name is kept (truncated), never the password.
     */
    @PermitAll
    public void recordSignInFailure(String attemptedUser, String channel) {
        String user = attemptedUser == null || attemptedUser.isBlank() ? null : truncate(attemptedUser.strip(), 128);
        append(user, null, AuditAction.SIGN_IN_FAILED, null, null, AuditDetails.write(List.of(), Map.of("channel", channel)));
    }

    /**
     * The log, newest first, narrowed by the filter. Reading the log is itself logged, once per page.
     * An auditor reads it within their scope (see {@link #where(AuditFilter, Scope, boolean)}); ADMIN reads every
     * entry but those about a case the admin is involved in, without the case content of any.
     */
    @RolesAllowed({Role.R_ADMIN, Role.R_AUDITOR})
    public AuditPage search(AuditFilter filter, int first, int max) {
        int size = Math.max(1, Math.min(max, MAX_PAGE));
        Scope scope = scopes.current();
        boolean asAuditor = context.isCallerInRole(Role.AUDITOR.name());
        Where where = where(filter, scope, asAuditor);
        TypedQuery<Object[]> page = em.createQuery("SELECT a, CASE WHEN " + where.aboutRecords + " THEN true ELSE false END "
                + "FROM AuditEntry a" + where.jpql + " ORDER BY a.seq DESC", Object[].class);
        where.parameters.forEach(page::setParameter);
        String caller = caller();
        List<AuditRecord> entries = page.setFirstResult(Math.max(0, first)).setMaxResults(size).getResultList().stream()
                .map(row -> {
                    AuditRecord entry = toRecord((AuditEntry) row[0]);
                    // an auditor reads the content of entries about records of their scope (the query let no
                    // others through), and of the rest all only if the whole group is theirs
                    if (!asAuditor) {
                        return withoutCaseContent(entry);
                    }
                    return Boolean.TRUE.equals(row[1]) || where.wholeGroup() || caller.equals(entry.userId()) ? entry
                            : withoutSearches(entry);
                }).toList();
        long total = count(where);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("first", first);
        facts.put("shown", entries.size());
        facts.put("filter", describe(filter));
        append(caller, roles(), AuditAction.READ, "AUDIT_LOG", null, AuditDetails.write(List.of(), facts));
        return new AuditPage(total, entries);
    }

    /** How many entries match: a number, not content, so not itself logged (the page that follows is). */
    @RolesAllowed({Role.R_ADMIN, Role.R_AUDITOR})
    public long count(AuditFilter filter) {
        return count(where(filter, scopes.current(), context.isCallerInRole(Role.AUDITOR.name())));
    }

    private long count(Where where) {
        TypedQuery<Long> count = em.createQuery("SELECT count(a) FROM AuditEntry a" + where.jpql, Long.class);
        where.parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    private boolean coversWholeGroup(Scope scope) {
        List<String> roots = em.createQuery("SELECT e.path FROM Enterprise e WHERE e.parent IS NULL", String.class).getResultList();
        return !roots.isEmpty() && roots.stream().allMatch(scope::covers);
    }

    /**
     * The filter, and what of the log the caller may read. An auditor: of the entries about an area's records (a
     * clue, a case, a decision, a person, an enterprise) those the area's own pages would show them (scope and
     * recusal: an auditor involved in a case reads nothing about it), and every entry about no such record
     * (sign-ins, list reads, rule sets, imports). ADMIN, who reads no case content but every enterprise's entries:
     * all but those about a case the admin is involved in.
     */
    private Where where(AuditFilter filter, Scope scope, boolean asAuditor) {
        Where where = where(filter);
        List<String> about = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>(where.parameters);
        for (AuditedRecords area : areas) {
            about.add(area.about());
            Scope.Condition condition = asAuditor ? area.visible(scope) : area.involved(scope);
            conditions.add(condition.jpql());
            parameters.putAll(condition.parameters());
        }
        String aboutRecords = about.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", about) + ")";
        boolean wholeGroup = asAuditor && coversWholeGroup(scope);
        // most callers are involved in nothing: an admin, or an auditor of the whole group, then reads the log
        // without a check of each entry
        boolean involved = scope.personId() != null && involvedInAnything(scope.personId());
        if (asAuditor && !(wholeGroup && !involved)) {
            String readable = (conditions.isEmpty() ? "" : String.join(" OR ", conditions) + " OR ") + "NOT " + aboutRecords;
            return new Where(where.jpql + " AND (" + readable + ")", parameters, aboutRecords, wholeGroup);
        }
        if (asAuditor || !involved || conditions.isEmpty()) {
            return new Where(where.jpql, where.parameters, aboutRecords, wholeGroup);
        }
        return new Where(where.jpql + " AND NOT (" + String.join(" OR ", conditions) + ")", parameters, aboutRecords, false);
    }

    private boolean involvedInAnything(long personId) {
        return !em.createQuery("SELECT 1 FROM InvolvedPerson i WHERE i.personId = :p", Integer.class)
                .setParameter("p", personId).setMaxResults(1).getResultList().isEmpty();
    }

    /** A query's condition, its parameters, whether an entry is about a record, and whether the caller is an auditor of the whole group. */
    private record Where(String jpql, Map<String, Object> parameters, String aboutRecords, boolean wholeGroup) {
    }

    private static Where where(AuditFilter filter) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.userId() != null && !filter.userId().isBlank()) {
            where.append(" AND a.userId = :user");
            parameters.put("user", filter.userId().strip());
        }
        if (filter.action() != null) {
            where.append(" AND a.action = :action");
            parameters.put("action", filter.action().name());
        }
        if (filter.objectType() != null && !filter.objectType().isBlank()) {
            where.append(" AND a.objectType = :type");
            parameters.put("type", filter.objectType().strip());
        }
        if (filter.objectId() != null && !filter.objectId().isBlank()) {
            where.append(" AND a.objectId = :id");
            parameters.put("id", filter.objectId().strip());
        }
        if (filter.from() != null) {
            where.append(" AND a.occurredAt >= :from");
            parameters.put("from", filter.from().atStartOfDay(ApplicationClock.ZONE).toInstant());
        }
        if (filter.to() != null) {
            where.append(" AND a.occurredAt < :to");
            parameters.put("to", filter.to().plusDays(1).atStartOfDay(ApplicationClock.ZONE).toInstant());
        }
        return new Where(where.toString(), parameters, null, false);
    }

    /**
     * Walks the whole chain and names the first entry that was altered or removed. Reads through a cursor,
     * so a chain of millions of entries needs no more memory than one of ten.
     */
    @RolesAllowed({Role.R_ADMIN, Role.R_AUDITOR})
    public AuditChain.Verification verify() {
        AuditChain.Verification result = em.unwrap(Session.class).doReturningWork(connection -> {
            long headSeq;
            String headHash;
            try (PreparedStatement head = connection.prepareStatement("SELECT last_seq, last_hash FROM audit_chain WHERE id = 1");
                 ResultSet row = head.executeQuery()) {
                row.next();
                headSeq = row.getLong(1);
                headHash = row.getString(2);
            }
            try (PreparedStatement walk = connection.prepareStatement("SELECT seq, occurred_at, user_id, roles, action, "
                    + "object_type, object_id, details, previous_hash, hash FROM audit_entry WHERE seq <= ? ORDER BY seq")) {
                walk.setFetchSize(1000);
                walk.setLong(1, headSeq);
                try (ResultSet rows = walk.executeQuery()) {
                    return AuditChain.verify(new StoredEntries(rows), headSeq, headHash);
                }
            }
        });
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("intact", result.intact());
        facts.put("checked", result.entriesChecked());
        if (!result.intact()) {
            facts.put("seq", result.seq());
            facts.put("problem", result.problem());
        }
        append(caller(), roles(), AuditAction.READ, "AUDIT_CHAIN", null, AuditDetails.write(List.of(), facts));
        return result;
    }

    /**
     * Appends an entry: locks the chain's head, then writes the entry and moves the head in one statement. Plain
     * JDBC on the transaction's connection, after flushing the caller's pending changes (as a query would, so
     * that a change refused by the database fails in the service method, not at commit): this runs on every
     * audited request, and through Hibernate the entry's persist and flush cost more than the statements.
     */
    private void append(String userId, String roles, AuditAction action, String objectType, String objectId, String details) {
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            // microseconds: what PostgreSQL keeps, so the hash computed now is the one recomputed from the row later
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            String type = truncate(objectType, 64);
            String id = truncate(objectId, MAX_TEXT);
            try (PreparedStatement write = connection.prepareStatement(APPEND)) {
                write.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                write.setString(2, userId);
                write.setString(3, roles);
                write.setString(4, action.name());
                write.setString(5, type);
                write.setString(6, id);
                write.setString(7, details);
                write.setString(8, AuditChain.between(now, userId, roles, action.name(), type, id, details));
                write.executeUpdate();
            }
        });
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private String roles() {
        return Arrays.stream(Role.values()).filter(role -> context.isCallerInRole(role.name()))
                .map(Role::name).collect(Collectors.joining(","));
    }

    private static String describe(AuditFilter f) {
        return Stream.of(
                        f.userId() == null ? null : "user=" + f.userId(),
                        f.action() == null ? null : "action=" + f.action(),
                        f.objectType() == null ? null : "type=" + f.objectType(),
                        f.objectId() == null ? null : "id=" + f.objectId(),
                        f.from() == null ? null : "from=" + f.from(),
                        f.to() == null ? null : "to=" + f.to())
                .filter(Objects::nonNull).collect(Collectors.joining(" "));
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /**
     * What ADMIN may read of an entry (workflow.md: "no case content"): everything of its own domain (the tree,
     * people, imports, rule sets, scopes, sign-ins, the log itself); of any other entry who did what to which
     * object and when, with the changed fields named but their values and the entry's facts left out.
     */
    static AuditRecord withoutCaseContent(AuditRecord entry) {
        if (entry.objectType() == null || ADMIN_DOMAIN.contains(entry.objectType())) {
            return entry;
        }
        List<FieldChange> named = entry.changes().stream().map(change -> new FieldChange(change.field(), null, null)).toList();
        return new AuditRecord(entry.seq(), entry.occurredAt(), entry.userId(), entry.roles(), entry.action(),
                entry.objectType(), entry.objectId(), named, Map.of(), entry.hash());
    }

    /**
     * What an auditor of part of the group reads of someone else's entry about no record: sign-ins and the
     * application's own affairs (rule sets, imports, scopes, the chain's check) in full; of the reads of lists and
     * of the log itself who read which and when, but not the filter or search text, which can name a person or a
     * case of another enterprise.
     */
    static AuditRecord withoutSearches(AuditRecord entry) {
        if (entry.objectType() == null || APPLICATION.contains(entry.objectType())) {
            return entry;
        }
        return new AuditRecord(entry.seq(), entry.occurredAt(), entry.userId(), entry.roles(), entry.action(),
                entry.objectType(), entry.objectId(), entry.changes(), Map.of(), entry.hash());
    }

    private static AuditRecord toRecord(AuditEntry a) {
        return new AuditRecord(a.seq(), a.occurredAt(), a.userId(), a.roles(), a.action(), a.objectType(), a.objectId(),
                AuditDetails.changes(a.details()), AuditDetails.facts(a.details()), a.hash());
    }
}
