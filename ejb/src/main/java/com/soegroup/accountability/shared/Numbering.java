package com.soegroup.accountability.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.regex.Pattern;

/**
 * Gap-free numbers per series, enterprise and year (architecture.md "Time and numbers"): the clue ledger
 * ({@link #CLUE}), investigations ({@link #INVESTIGATION}), and whatever is numbered next, e.g. decisions.
 * <p>
 * One counter row per series, enterprise and year (table {@code number_counter}), created or incremented by one
 * statement in the caller's transaction. The row stays locked until that transaction ends: a concurrent caller
 * of the same series, enterprise and year waits for it, and a rollback gives the number back. So the numbers are
 * consecutive and unique with no hole, which a database sequence is not. Call it only after everything that
 * may refuse the request has been checked, to hold the lock as briefly as possible.
 */
@ApplicationScoped
public class Numbering {

    public static final String CLUE = "CLUE";
    public static final String INVESTIGATION = "INVESTIGATION";
    public static final String DECISION = "DECISION";

    private static final Pattern SERIES = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

    @PersistenceContext
    private EntityManager em;

    /**
     * The next number of the series for the enterprise (by code) and year, starting at 1.
     *
     * @throws IllegalArgumentException for a series name that is not upper-case letters, digits and underscores,
     *                                  or an enterprise code the tree does not know
     */
    public long next(String series, String enterpriseCode, int year) {
        if (series == null || !SERIES.matcher(series).matches()) {
            throw new IllegalArgumentException("series " + series);
        }
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement next = connection.prepareStatement("INSERT INTO number_counter (series, enterprise_id, year, last_number) "
                    + "SELECT ?, e.id, ?, 1 FROM enterprise e WHERE e.code = ? "
                    + "ON CONFLICT (series, enterprise_id, year) DO UPDATE SET last_number = number_counter.last_number + 1 "
                    + "RETURNING last_number")) {
                next.setString(1, series);
                next.setInt(2, year);
                next.setString(3, enterpriseCode);
                try (ResultSet row = next.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalArgumentException("No enterprise " + enterpriseCode);
                    }
                    return row.getLong(1);
                }
            }
        });
    }
}
