package com.soegroup.accountability.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** The stored entries of the audit trail from a result set, one at a time, for the chain's check. */
final class StoredEntries implements Iterator<AuditChain.Stored> {

    private final ResultSet rows;
    private Boolean ahead;

    StoredEntries(ResultSet rows) {
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
            AuditChain.Entry entry = new AuditChain.Entry(rows.getLong(1), rows.getObject(2, OffsetDateTime.class).toInstant(),
                    rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                    rows.getString(8), rows.getString(9).strip());
            return new AuditChain.Stored(entry, rows.getString(10).strip());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit trail", e);
        }
    }
}
