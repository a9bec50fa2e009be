package com.soegroup.accountability.audit;

import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The check of the audit trail's chain (ADMIN, AUDITOR). By default it walks from the last point an intact check
 * reached — recorded in that check's own audit entry, itself sealed into the chain — to the head, so a daily
 * check over a trail of billions of entries reads only the day's seals; a full check walks from the first seal.
 * It reads through the read-only datasource on the standby when IT configured one (README, "Running as a
 * cluster"), else through the application's own; its audit entry is written through the application's.
 */
@Stateless
@DenyAll
public class AuditChainService {

    /** The optional datasource for reads that need no write in the same transaction. */
    static final String READ_DATASOURCE = "java:jboss/datasources/AccountabilityReadDS";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditService audit;

    /** Checks the chain from the last intact check ({@code full}: from the first seal) and names the first altered or removed entry. */
    @RolesAllowed({Role.R_ADMIN, Role.R_AUDITOR})
    public ChainCheck verify(boolean full) {
        ChainCheck check;
        DataSource standby = readDataSource();
        if (standby == null) {
            check = em.unwrap(Session.class).doReturningWork(connection -> walk(connection, full));
        } else {
            try (Connection connection = standby.getConnection()) {
                connection.setReadOnly(true);
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                connection.setAutoCommit(false);
                try {
                    check = walk(connection, full);
                } finally {
                    connection.rollback();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the audit trail", e);
            }
        }
        AuditChain.Verification result = check.result();
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("intact", result.intact());
        facts.put("checked", result.entriesChecked());
        facts.put("full", full);
        facts.put("from", check.from());
        if (result.intact()) {
            // the next check starts here
            facts.put("to", check.to());
            facts.put("hash", check.toHash());
            facts.put("horizon", check.horizon());
        } else {
            facts.put("seq", result.seq());
            facts.put("position", result.position());
            facts.put("problem", result.problem());
        }
        facts.put("awaitingSeal", check.awaitingSeal());
        audit.record(AuditAction.READ, "AUDIT_CHAIN", null, List.of(), facts);
        return check;
    }

    private ChainCheck walk(Connection connection, boolean full) throws SQLException {
        AuditChain.Head head;
        try (PreparedStatement read = connection.prepareStatement(
                "SELECT last_seq, rtrim(last_hash), last_entry_seq FROM audit_chain WHERE id = 1");
             ResultSet row = read.executeQuery()) {
            row.next();
            long entrySeq = row.getLong(3);
            head = new AuditChain.Head(row.getLong(1), row.getString(2), row.wasNull() ? null : entrySeq);
        }
        Map<String, String> last = full ? null : lastIntactCheck(connection);
        AuditChain.Checkpoint from = lastCheckpoint(last, head);
        AuditChain.Verification result;
        try (PreparedStatement walk = connection.prepareStatement(StoredSeals.WALK)) {
            walk.setFetchSize(1000);
            walk.setLong(1, from.position());
            walk.setLong(2, head.position());
            try (ResultSet rows = walk.executeQuery()) {
                result = AuditChain.verify(new StoredSeals(rows), from, head);
            }
        }
        if (result.problem() == AuditChain.Problem.REMOVED && result.seq() != null && exists(connection, result.seq())) {
            // the entry is there but no longer at the time its seal records: its time was changed
            result = new AuditChain.Verification(false, result.entriesChecked(), result.seq(), result.position(),
                    AuditChain.Problem.ALTERED);
        }
        long horizon = horizon(connection);
        result = result.orForeign(firstForeign(connection, lastHorizon(last), horizon));
        long awaiting;
        try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM audit_pending");
             ResultSet row = count.executeQuery()) {
            row.next();
            awaiting = row.getLong(1);
        }
        return new ChainCheck(result, full, from.position(), head.position(), head.hash(), awaiting, horizon);
    }

    /**
     * The first entry between two horizons that is neither sealed nor waiting for its seal: written into the table
     * around the application, whose every entry gets its pending row in the same statement (and the sealer swaps
     * that row for the seal in one transaction), so no entry of the application's is ever seen without both.
     */
    private static Long firstForeign(Connection connection, long after, long upTo) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement("SELECT e.seq FROM audit_entry e WHERE e.seq > ? AND e.seq <= ? "
                + "AND NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.entry_seq = e.seq AND s.occurred_at = e.occurred_at) "
                + "AND NOT EXISTS (SELECT 1 FROM audit_pending p WHERE p.seq = e.seq) ORDER BY e.seq LIMIT 1")) {
            find.setLong(1, after);
            find.setLong(2, upTo);
            try (ResultSet row = find.executeQuery()) {
                return row.next() ? row.getLong(1) : null;
            }
        }
    }

    /**
     * The number up to which this check looks for foreign entries, and the next incremental check starts after:
     * below the oldest entry still waiting for its seal, or the newest entry when none waits. An entry written
     * around the application later with a lower number is found by the full check.
     */
    private static long horizon(Connection connection) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement("SELECT coalesce((SELECT min(seq) - 1 FROM audit_pending), "
                + "(SELECT max(seq) FROM audit_entry), 0)");
             ResultSet row = read.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Where the last intact check's search for foreign entries ended (0: nowhere yet). */
    private static long lastHorizon(Map<String, String> facts) {
        return facts == null || facts.get("horizon") == null ? 0 : Long.parseLong(facts.get("horizon"));
    }

    /**
     * The end of the last intact check, from its audit entry; the start of the chain when there is none or it lies
     * beyond the head (a standby that has not yet replayed it).
     */
    private static AuditChain.Checkpoint lastCheckpoint(Map<String, String> facts, AuditChain.Head head) {
        if (facts == null || facts.get("to") == null || facts.get("hash") == null) {
            return AuditChain.Checkpoint.START;
        }
        long position = Long.parseLong(facts.get("to"));
        return position <= head.position() ? new AuditChain.Checkpoint(position, facts.get("hash")) : AuditChain.Checkpoint.START;
    }

    /** The facts of the newest intact check, from its audit entry; null when there is none among the last fifty checks. */
    private static Map<String, String> lastIntactCheck(Connection connection) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement("SELECT details FROM audit_entry "
                + "WHERE object_type = 'AUDIT_CHAIN' AND action = 'READ' ORDER BY seq DESC LIMIT 50");
             ResultSet rows = read.executeQuery()) {
            while (rows.next()) {
                Map<String, String> facts = AuditDetails.facts(rows.getString(1));
                if ("true".equals(facts.get("intact"))) {
                    return facts;
                }
            }
        }
        return null;
    }

    private static boolean exists(Connection connection, long seq) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement("SELECT 1 FROM audit_entry WHERE seq = ?")) {
            read.setLong(1, seq);
            try (ResultSet row = read.executeQuery()) {
                return row.next();
            }
        }
    }

    private static DataSource readDataSource() {
        try {
            return (DataSource) new InitialContext().lookup(READ_DATASOURCE);
        } catch (NamingException absent) {
            return null;
        }
    }
}
