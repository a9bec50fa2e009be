package com.soegroup.accountability.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The stored seals of the audit trail with their entries, from a result set of {@link #WALK}, one at a time, for
 * the chain's check.
 */
final class StoredSeals implements Iterator<AuditChain.Stored> {

    /** Seals after a position up to the head, in position order, each with its entry where it still is. */
    static final String WALK = "SELECT s.position, s.entry_seq, s.previous_entry_seq, s.previous_hash, s.hash, e.seq, "
            + "e.occurred_at, e.user_id, e.roles, e.action, e.object_type, e.object_id, e.details "
            + "FROM audit_seal s LEFT JOIN audit_entry e ON e.seq = s.entry_seq AND e.occurred_at = s.occurred_at "
            + "WHERE s.position > ? AND s.position <= ? ORDER BY s.position";

    private final ResultSet rows;
    private Boolean ahead;

    StoredSeals(ResultSet rows) {
        this.rows = rows;
    }

    @Override
    public boolean hasNext() {
        if (ahead == null) {
            try {
                ahead = rows.next();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the audit trail", e);
            }
        }
        return ahead;
    }

    @Override
    public AuditChain.Stored next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ahead = null;
        try {
            long position = rows.getLong(1);
            long entrySeq = rows.getLong(2);
            long previousEntrySeq = rows.getLong(3);
            Long previousEntry = rows.wasNull() ? null : previousEntrySeq;
            String previousHash = rows.getString(4).strip();
            String hash = rows.getString(5).strip();
            rows.getLong(6);
            AuditChain.Entry entry = rows.wasNull() ? null : new AuditChain.Entry(position,
                    rows.getObject(7, OffsetDateTime.class).toInstant(), rows.getString(8), rows.getString(9),
                    rows.getString(10), rows.getString(11), rows.getString(12), rows.getString(13), previousHash);
            return new AuditChain.Stored(position, entrySeq, previousEntry, previousHash, hash, entry);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit trail", e);
        }
    }
}
