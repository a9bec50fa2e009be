package com.soegroup.accountability.shared;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.util.List;

/**
 * The sign-in delay's failures ({@link SignInWaits}) kept in the database ({@code sign_in_failure}), so that every
 * node of a cluster sees the failures of the others and a restart forgets nothing. Asked by the web tier's request
 * guard before any password is checked, and told the outcome after.
 * <p>
 * A key without failures has no row: the API clients that send their password with every request cost one read by
 * primary key, and never a write. The database's clock decides how long ago a failure was, one clock for every
 * node. An attempt under way is counted in the row; one whose node died before it finished stops counting after a
 * minute.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SignInFailures {

    /** The answer to an attempt: how long to wait ({@link Duration#ZERO}: go on), and whether its key had failures. */
    public record Admission(Duration delay, boolean known) {

        public boolean admitted() {
            return delay.isZero();
        }
    }

    private static final String IN_FLIGHT = "CASE WHEN in_flight_at < clock_timestamp() - interval '1 minute' THEN 0 ELSE in_flight END";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private JobRuns jobs;

    /**
     * Whether an attempt of this key may go on now. When it may and the key is known, the attempt is counted as under
     * way until {@link #finished}.
     */
    @PermitAll
    public Admission admit(String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT failures, " + IN_FLIGHT + ", "
                        + "floor(extract(epoch FROM clock_timestamp() - last_at) * 1000)::bigint "
                        + "FROM sign_in_failure WHERE key = ?1 FOR UPDATE")
                .setParameter(1, key).getResultList();
        if (rows.isEmpty()) {
            return new Admission(Duration.ZERO, false);
        }
        Object[] row = rows.get(0);
        int failures = ((Number) row[0]).intValue();
        int inFlight = ((Number) row[1]).intValue();
        Duration sinceLast = Duration.ofMillis(((Number) row[2]).longValue());
        if (SignInWaits.forgotten(inFlight, sinceLast)) {
            em.createNativeQuery("DELETE FROM sign_in_failure WHERE key = ?1").setParameter(1, key).executeUpdate();
            return new Admission(Duration.ZERO, false);
        }
        Duration wait = SignInWaits.waitFor(failures, sinceLast, inFlight);
        if (wait.isZero()) {
            em.createNativeQuery("UPDATE sign_in_failure SET in_flight = " + IN_FLIGHT + " + 1, "
                            + "in_flight_at = clock_timestamp() WHERE key = ?1")
                    .setParameter(1, key).executeUpdate();
        }
        return new Admission(wait, true);
    }

    /** The outcome of an admitted attempt: a success forgets the key, a failure counts. */
    @PermitAll
    public void finished(String key, boolean succeeded, Admission admission) {
        if (succeeded) {
            if (admission.known()) {
                em.createNativeQuery("DELETE FROM sign_in_failure WHERE key = ?1").setParameter(1, key).executeUpdate();
            }
            return;
        }
        em.createNativeQuery("INSERT INTO sign_in_failure (key, failures, last_at) VALUES (?1, 1, clock_timestamp()) "
                        + "ON CONFLICT (key) DO UPDATE SET failures = sign_in_failure.failures + 1, last_at = clock_timestamp(), "
                        + "in_flight = CASE WHEN ?2 THEN greatest(sign_in_failure.in_flight - 1, 0) ELSE sign_in_failure.in_flight END")
                .setParameter(1, key).setParameter(2, admission.known()).executeUpdate();
    }

    /** Forgets the keys whose failures no longer count (one run at a time in the cluster; a second one leaves). */
    @Schedule(minute = "*/10", hour = "*", persistent = true, timezone = ApplicationClock.ZONE_ID, info = "forget old sign-in failures")
    @PermitAll
    public void forgetOld() {
        if (jobs.tryExclusive("sign-in-failures-forget")) {
            em.createNativeQuery("DELETE FROM sign_in_failure WHERE last_at < clock_timestamp() - make_interval(secs => ?1) "
                            + "AND " + IN_FLIGHT + " = 0")
                    .setParameter(1, Settings.signInFailureMemory().toSeconds()).executeUpdate();
        }
    }
}
