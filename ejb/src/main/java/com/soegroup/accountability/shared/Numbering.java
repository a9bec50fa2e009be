package com.soegroup.accountability.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * Gap-free numbers per series, enterprise and year (architecture.md "Time and numbers") for every
 * {@link NumberSeries}: clue ledger numbers, case numbers, decision numbers.
 * <p>
 * One counter row per series, enterprise and year (table {@code number_counter}), created or incremented by one
 * statement in the caller's transaction. The row stays locked until that transaction ends: a concurrent caller
 * of the same series, enterprise and year waits for it, and a rollback gives the number back. So the numbers are
 * consecutive and unique with no hole, which a database sequence is not. Call it only after everything that
 * may refuse the request has been checked, to hold the lock as briefly as possible.
 */
@ApplicationScoped
public class Numbering {

    /** A number drawn: as written ({@link NumberSeries#format}), and its year and serial as stored beside it. */
    public record Issued(String number, int year, int serial) {
    }

    @PersistenceContext
    private EntityManager em;

    /**
     * The next number of the series for the enterprise (by code) and year; serials start at 1.
     *
     * @throws IllegalArgumentException for an enterprise code the tree does not know
     */
    public Issued next(NumberSeries series, String enterpriseCode, int year) {
        long serial = em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement next = connection.prepareStatement("INSERT INTO number_counter (series, enterprise_id, year, last_number) "
                    + "SELECT ?, e.id, ?, 1 FROM enterprise e WHERE e.code = ? "
                    + "ON CONFLICT (series, enterprise_id, year) DO UPDATE SET last_number = number_counter.last_number + 1 "
                    + "RETURNING last_number")) {
                next.setString(1, series.name());
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
        int number = Math.toIntExact(serial);
        return new Issued(series.format(enterpriseCode, year, number), year, number);
    }
}
