package com.soegroup.accountability.shared;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Working days (工作日), which every deadline of the application counts: the rules give most periods in working
 * days, and a deadline that falls on a holiday moves to the next working day. The days are those of the working-day
 * calendar ADMIN keeps per year (public holidays and the weekend days worked in exchange, 调休, rules.md §11); a year
 * nobody has kept counts Monday to Friday.
 * <p>
 * Nothing is kept in memory between transactions, so every node of a cluster counts with what the database holds
 * now: a year is read once per transaction (one indexed query of about thirty rows, well under a millisecond) and
 * kept in the transaction's registry, so a task list that computes hundreds of deadlines reads each year once.
 */
@ApplicationScoped
public class WorkingDays {

    private static final String CACHE_KEY = WorkingDays.class.getName() + ".years";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private final IntFunction<HolidayYear> fixed;

    /** Monday to Friday only, until the container gives the bean its database (and in plain unit tests). */
    public WorkingDays() {
        this.fixed = null;
    }

    /** Counts with the given years, for tests of the counting itself. */
    public WorkingDays(IntFunction<HolidayYear> years) {
        this.fixed = years;
    }

    public boolean isWorkingDay(LocalDate day) {
        return year(day.getYear()).isWorkingDay(day);
    }

    /** Whether ADMIN has kept the calendar of {@code year}; without it, the year counts Monday to Friday. */
    public boolean isKept(int year) {
        return year(year).kept();
    }

    /** The day {@code days} working days after {@code from} (0: {@code from} itself if it is a working day, else the next one). */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days < 0");
        }
        LocalDate day = from;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        for (int left = days; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** The day {@code days} working days before {@code to}, for reminders ahead of a deadline. */
    public LocalDate minusWorkingDays(LocalDate to, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days < 0");
        }
        LocalDate day = to;
        for (int left = days; left > 0; ) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * Working days after {@code from} up to and including {@code to}: how late a deadline is on {@code to}
     * ({@code from} the deadline), or how many are left; negative when {@code to} is before {@code from}.
     */
    public int between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -between(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private HolidayYear year(int year) {
        if (fixed != null) {
            return fixed.apply(year);
        }
        if (em == null) {
            return HolidayYear.notKept(year);
        }
        Map<Integer, HolidayYear> cache = transactionCache();
        if (cache == null) {
            return read(year);
        }
        return cache.computeIfAbsent(year, this::read);
    }

    @SuppressWarnings("unchecked")
    private Map<Integer, HolidayYear> transactionCache() {
        if (transactions == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return null;
        }
        Map<Integer, HolidayYear> cache = (Map<Integer, HolidayYear>) transactions.getResource(CACHE_KEY);
        if (cache == null) {
            cache = new HashMap<>();
            transactions.putResource(CACHE_KEY, cache);
        }
        return cache;
    }

    @SuppressWarnings("unchecked")
    private HolidayYear read(int year) {
        List<Object[]> rows = em.createNativeQuery("SELECT d.day, d.kind FROM calendar_year y "
                        + "LEFT JOIN calendar_day d ON d.year = y.year WHERE y.year = ?1")
                .setParameter(1, year)
                .getResultList();
        if (rows.isEmpty()) {
            return HolidayYear.notKept(year);
        }
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        for (Object[] row : rows) {
            if (row[0] != null) {
                exceptions.put(toDate(row[0]), "WORKDAY".equals(row[1]));
            }
        }
        return new HolidayYear(year, true, exceptions);
    }

    private static LocalDate toDate(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
