package com.soegroup.accountability.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The calendar is national reference data, the same for every enterprise: no data scope applies to it. */
@ApplicationScoped
public class CalendarRepository {

    @PersistenceContext
    private EntityManager em;

    public Optional<CalendarYear> year(int year) {
        return Optional.ofNullable(em.find(CalendarYear.class, year));
    }

    public List<Integer> keptYears() {
        return em.createQuery("SELECT y.year FROM CalendarYear y ORDER BY y.year", Integer.class).getResultList();
    }

    public List<CalendarDay> days(int year) {
        return em.createQuery("SELECT d FROM CalendarDay d WHERE d.year = :year ORDER BY d.day", CalendarDay.class)
                .setParameter("year", year)
                .getResultList();
    }

    public void add(CalendarYear year) {
        em.persist(year);
    }

    /** Replaces the year's special days; the old rows go first, in the same transaction. */
    public void replaceDays(int year, List<CalendarDay> days) {
        // removed one by one, not by a bulk delete: the days may already be in the persistence context
        days(year).forEach(em::remove);
        em.flush();
        days.forEach(em::persist);
        em.flush();
    }

    public Optional<CalendarDay> day(LocalDate day) {
        return Optional.ofNullable(em.find(CalendarDay.class, day));
    }

    public void flush() {
        em.flush();
    }
}
