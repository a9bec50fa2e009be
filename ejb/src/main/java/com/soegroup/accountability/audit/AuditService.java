package com.soegroup.accountability.audit;

import com.soegroup.accountability.shared.ApplicationClock;
import com.soegroup.accountability.shared.RequestLimits;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.shared.ScopeService;
import com.soegroup.accountability.shared.Settings;
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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
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
 * method: the entry is written in the caller's transaction (it exists exactly when the change does), without a
 * lock; AuditSealer chains it seconds after commit. ADMIN and AUDITOR search the log here and check the chain
 * with AuditChainService.
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
     * Appends an entry in one statement: the entry, numbered from a sequence, and the row that has the sealer
     * (AuditSealer) chain it after commit. No lock: audited requests of every node run side by side.
     */
    static final String APPEND = "WITH entry AS (INSERT INTO audit_entry (seq, occurred_at, user_id, roles, action, "
            + "object_type, object_id, details) VALUES (nextval('audit_entry_seq'), ?, ?, ?, ?, ?, ?, ?) "
            + "RETURNING seq, occurred_at) INSERT INTO audit_pending (seq, occurred_at) SELECT seq, occurred_at FROM entry";
    private static final int MAX_TEXT = 200;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @EJB
    private ScopeService scopes;

    @EJB
    private RequestLimits limits;

    @Inject
    @Any
    private Instance<AuditedRecords> areas;

    /** Records an act of the signed-in caller on an object, with the fields it changed. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public void record(AuditAction action, String objectType, String objectId, List<FieldChange> changes) {
        append(caller(), roles(), action, objectType, objectId, AuditDetails.write(changes, Map.of()));
    }

    /**
     * Records an act of the public form (an anonymous report, a reporter's message) without telling when it
     * happened more precisely than the day, and with no role: the form's name as the user. An entry's number and
     * its place in the chain order it among all others, whose times are exact, so an entry appended now would
     * give its time away to the second. It is held instead (audit_held: the day and the content, in the caller's
     * transaction, so it exists exactly when the report does) and appended by the sealer once the day is over,
     * with the other held entries of that day in random order, the day's start (Asia/Shanghai) as their time.
     */
    @PermitAll
    public void recordAnonymous(String channel, AuditAction action, String objectType, String objectId,
                                List<FieldChange> changes) {
        em.flush();
        String details = AuditDetails.write(changes, Map.of("channel", channel));
        LocalDate day = LocalDate.now(clock);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement hold = connection.prepareStatement(HeldEntries.HOLD)) {
                hold.setObject(1, day);
                hold.setString(2, truncate(channel, 128));
                hold.setString(3, action.name());
                hold.setString(4, truncate(objectType, 64));
                hold.setString(5, truncate(objectId, MAX_TEXT));
                hold.setString(6, details);
                hold.executeUpdate();
            }
        });
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
     * name is kept (truncated), never the password. Limited before it writes: at most so many entries per user
     * name and minute, and so many for all names together (Settings), so that guessing passwords cannot fill the
     * trail or stall it; beyond the limit the attempt is refused all the same, and not recorded.
     */
    @PermitAll
    public void recordSignInFailure(String attemptedUser, String channel) {
        recordSignInFailure(attemptedUser, channel, null);
    }

    /**
     * A sign-in that failed for a reason other than the credentials (e.g. {@code "directory-unavailable"}: the
     * directory could not be asked), kept as a fact of the entry; limited like any refused sign-in.
     */
    @PermitAll
    public void recordSignInFailure(String attemptedUser, String channel, String reason) {
        String user = attemptedUser == null || attemptedUser.isBlank() ? null : truncate(attemptedUser.strip(), 128);
        if (!limits.allow("SIGN_IN_FAILED", Settings.signInFailures())
                || !limits.allow("SIGN_IN_FAILED:" + nameKey(user), Settings.signInFailuresPerUser())) {
            return;
        }
        Map<String, Object> facts = reason == null ? Map.of("channel", channel) : Map.of("channel", channel, "reason", reason);
        append(user, null, AuditAction.SIGN_IN_FAILED, null, null, AuditDetails.write(List.of(), facts));
    }

    /** A short key for a user name in the limits' table, which keeps no name. */
    private static String nameKey(String user) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.valueOf(user).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
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
        entries = withHashes(entries);
        long total = count(where);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("first", first);
        facts.put("shown", entries.size());
        facts.put("filter", describe(filter));
        append(caller, roles(), AuditAction.READ, "AUDIT_LOG", null, AuditDetails.write(List.of(), facts));
        return new AuditPage(total, entries);
    }

    /** The entries with the hashes of their seals (none yet for an entry of the last seconds). */
    private List<AuditRecord> withHashes(List<AuditRecord> entries) {
        if (entries.isEmpty()) {
            return entries;
        }
        Map<Long, String> hashes = new HashMap<>();
        List<?> seals = em.createNativeQuery("SELECT entry_seq, hash FROM audit_seal WHERE entry_seq IN (:seqs)")
                .setParameter("seqs", entries.stream().map(AuditRecord::seq).toList()).getResultList();
        for (Object row : seals) {
            Object[] seal = (Object[]) row;
            hashes.put(((Number) seal[0]).longValue(), seal[1].toString().strip());
        }
        return entries.stream().map(e -> new AuditRecord(e.seq(), e.occurredAt(), e.userId(), e.roles(), e.action(),
                e.objectType(), e.objectId(), e.changes(), e.facts(), hashes.get(e.seq()))).toList();
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
     * Appends an entry: the entry with the next number and a row saying it awaits its seal, in one statement.
     * Plain JDBC on the transaction's connection, after flushing the caller's pending changes (as a query would,
     * so that a change refused by the database fails in the service method, not at commit): this runs on every
     * audited request, and through Hibernate the entry's persist and flush cost more than the statement.
     */
    private void append(String userId, String roles, AuditAction action, String objectType, String objectId, String details) {
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            // microseconds: what PostgreSQL keeps, so the time hashed when sealed is the one the entry shows
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            try (PreparedStatement write = connection.prepareStatement(APPEND)) {
                write.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                write.setString(2, userId);
                write.setString(3, roles);
                write.setString(4, action.name());
                write.setString(5, truncate(objectType, 64));
                write.setString(6, truncate(objectId, MAX_TEXT));
                write.setString(7, details);
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
                AuditDetails.changes(a.details()), AuditDetails.facts(a.details()), null);
    }
}
