package com.soegroup.accountability.audit;

import com.soegroup.accountability.shared.ApplicationClock;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Entries of the public form held until their day is over (AuditService#recordAnonymous), and their appending:
 * the sealer takes every held entry of days before today, shuffles them, and appends each as an ordinary entry
 * (number, pending seal) dated at the start of its day in Asia/Shanghai, with no role. So a held entry's number and
 * position in the chain fall among the first entries of the next day, whenever its report came.
 */
final class HeldEntries {

    static final String HOLD = "INSERT INTO audit_held (occurred_on, user_id, action, object_type, object_id, details) "
            + "VALUES (?, ?, ?, ?, ?, ?)";
    private static final String TAKE = "DELETE FROM audit_held WHERE id IN (SELECT id FROM audit_held WHERE occurred_on < ? "
            + "LIMIT ?) RETURNING occurred_on, user_id, action, object_type, object_id, details";
    private static final SecureRandom RANDOM = new SecureRandom();

    private HeldEntries() {
    }

    private record Held(LocalDate day, String userId, String action, String objectType, String objectId, String details) {
    }

    /** Appends the held entries of the days before {@code today}, at most {@code max}; answers how many. */
    static int appendDue(Connection connection, LocalDate today, int max) throws SQLException {
        List<Held> due = new ArrayList<>();
        try (PreparedStatement take = connection.prepareStatement(TAKE)) {
            take.setObject(1, today);
            take.setInt(2, max);
            try (ResultSet rows = take.executeQuery()) {
                while (rows.next()) {
                    due.add(new Held(rows.getObject(1, LocalDate.class), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6)));
                }
            }
        }
        if (due.isEmpty()) {
            return 0;
        }
        // the order they were held in is the order of the reports: the numbers must not keep it
        Collections.shuffle(due, RANDOM);
        try (PreparedStatement append = connection.prepareStatement(AuditService.APPEND)) {
            for (Held held : due) {
                append.setObject(1, OffsetDateTime.ofInstant(held.day().atStartOfDay(ApplicationClock.ZONE).toInstant(), ZoneOffset.UTC));
                append.setString(2, held.userId());
                append.setString(3, null);
                append.setString(4, held.action());
                append.setString(5, held.objectType());
                append.setString(6, held.objectId());
                append.setString(7, held.details());
                append.addBatch();
            }
            append.executeBatch();
        }
        return due.size();
    }
}
