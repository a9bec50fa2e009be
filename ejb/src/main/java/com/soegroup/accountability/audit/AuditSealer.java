package com.soegroup.accountability.audit;

import com.soegroup.accountability.shared.ApplicationClock;
import com.soegroup.accountability.shared.JobRuns;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Seals the audit trail: takes the entries committed since the last run in number order, gives each the next
 * position in the chain and its hash, writes the seals and moves the head, in one transaction. Appending takes
 * no lock (AuditService); this is the only writer of the chain, one at a time in the whole cluster
 * ({@link JobRuns#tryExclusive}: a second node whose timer fires meanwhile finds it taken and leaves), so sealing
 * needs neither a singleton nor a timer that fires on one node only to be correct, and no row per firing. Runs every two seconds; an entry is protected by the
 * chain from then on.
 */
@Stateless
@DenyAll
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());

    static final int BATCH = 1_000;
    /**
     * A run stops after this long and leaves the rest to the next firing: a transaction of bounded length that
     * ends before the next firing is due (WildFly skips, with a warning, a firing whose previous run still goes on).
     */
    static final long MAX_RUN_NANOS = 1_000_000_000L;

    private static final String TAKE = "WITH taken AS (DELETE FROM audit_pending WHERE seq IN "
            + "(SELECT seq FROM audit_pending ORDER BY seq LIMIT ?) RETURNING seq, occurred_at) "
            + "SELECT t.seq, e.seq, e.occurred_at, e.user_id, e.roles, e.action, e.object_type, e.object_id, e.details "
            + "FROM taken t LEFT JOIN audit_entry e ON e.seq = t.seq AND e.occurred_at = t.occurred_at ORDER BY t.seq";
    private static final String SEAL = "INSERT INTO audit_seal (position, entry_seq, occurred_at, previous_entry_seq, "
            + "previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?)";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private JobRuns jobs;

    @Inject
    private Clock clock;

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = true, timezone = ApplicationClock.ZONE_ID,
            info = "seal the audit trail")
    @PermitAll
    public void sealPending() {
        seal();
    }

    /** Seals what is committed and not yet sealed (ADMIN and AUDITOR: before a check that must include the last seconds). */
    @RolesAllowed({Role.R_ADMIN, Role.R_AUDITOR})
    public int sealNow() {
        return seal();
    }

    private int seal() {
        if (!jobs.tryExclusive("audit-seal")) {
            return 0;
        }
        return em.unwrap(Session.class).doReturningWork(connection -> {
            // the public form's entries of days gone by join the entries to seal (HeldEntries)
            HeldEntries.appendDue(connection, LocalDate.now(clock), BATCH);
            Head head = head(connection);
            int sealed = 0;
            int taken;
            long start = System.nanoTime();
            do {
                taken = 0;
                try (PreparedStatement take = connection.prepareStatement(TAKE);
                     PreparedStatement write = connection.prepareStatement(SEAL)) {
                    take.setInt(1, BATCH);
                    try (ResultSet rows = take.executeQuery()) {
                        while (rows.next()) {
                            taken++;
                            long seq = rows.getLong(1);
                            rows.getLong(2);
                            if (rows.wasNull()) {
                                // removed between its commit and now: only the log can still say so
                                LOG.log(Level.SEVERE, "Audit entry {0} was removed before it was sealed", seq);
                                continue;
                            }
                            Instant occurredAt = rows.getObject(3, OffsetDateTime.class).toInstant();
                            AuditChain.Entry entry = new AuditChain.Entry(head.position + 1, occurredAt, rows.getString(4),
                                    rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8),
                                    rows.getString(9), head.hash);
                            String hash = AuditChain.hash(entry);
                            write.setLong(1, entry.position());
                            write.setLong(2, seq);
                            write.setObject(3, OffsetDateTime.ofInstant(occurredAt, ZoneOffset.UTC));
                            write.setObject(4, head.entrySeq);
                            write.setString(5, head.hash);
                            write.setString(6, hash);
                            write.addBatch();
                            head = new Head(entry.position(), hash, seq);
                            sealed++;
                        }
                    }
                    write.executeBatch();
                }
            } while (taken == BATCH && System.nanoTime() - start < MAX_RUN_NANOS);
            if (sealed > 0) {
                try (PreparedStatement move = connection.prepareStatement(
                        "UPDATE audit_chain SET last_seq = ?, last_hash = ?, last_entry_seq = ? WHERE id = 1")) {
                    move.setLong(1, head.position);
                    move.setString(2, head.hash);
                    move.setObject(3, head.entrySeq);
                    move.executeUpdate();
                }
            }
            return sealed;
        });
    }

    private static Head head(Connection connection) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(
                "SELECT last_seq, rtrim(last_hash), last_entry_seq FROM audit_chain WHERE id = 1 FOR UPDATE");
             ResultSet row = read.executeQuery()) {
            row.next();
            long entrySeq = row.getLong(3);
            return new Head(row.getLong(1), row.getString(2), row.wasNull() ? null : entrySeq);
        }
    }

    private record Head(long position, String hash, Long entrySeq) {
    }
}
