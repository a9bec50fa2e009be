package com.soegroup.accountability.shared;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Limits of requests per sliding minute, counted in the database ({@code request_limit}, per key and second) so
 * that a limit holds for all nodes of a cluster together and across restarts. A key says what is counted (a kind
 * of request; at most 32 characters) and never who sent it.
 * <p>
 * Each check is a transaction of its own: a request that is then refused still counts. The database's clock
 * decides the minute, one clock for every node; the application clock may be set to another day for tests and
 * demos, which must not stop the minute.
 * <p>
 * A key per client (ClientKeys: a keyed hash of its address, never the address) leaves rows that no later check
 * of the same key may come to remove, and a row's second is when a request came: every minute the rows older than
 * two minutes go, whatever their key, so that the table never keeps when a report was sent for long.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RequestLimits {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private JobRuns jobs;

    /** Counts one request under this key; false when the minute's allowance is used up (that request is not counted). */
    @PermitAll
    public boolean allow(String key, int perMinute) {
        // one check of a key at a time in the whole cluster: two nodes must not both take the last request of the minute
        em.createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext('request_limit:' || ?1))) AS locked")
                .setParameter(1, key).getSingleResult();
        if (lastMinute(key) >= perMinute) {
            return false;
        }
        em.createNativeQuery("INSERT INTO request_limit (kind, second, count) VALUES (?1, date_trunc('second', clock_timestamp()), 1) "
                        + "ON CONFLICT (kind, second) DO UPDATE SET count = request_limit.count + 1")
                .setParameter(1, key).executeUpdate();
        return true;
    }

    /** Whether the minute's allowance of this key is used up, without counting anything. */
    @PermitAll
    public boolean exhausted(String key, int perMinute) {
        return lastMinute(key) >= perMinute;
    }

    private long lastMinute(String key) {
        return ((Number) em.createNativeQuery("SELECT coalesce(sum(count), 0) FROM request_limit "
                        + "WHERE kind = ?1 AND second > clock_timestamp() - interval '60 seconds'")
                .setParameter(1, key).getSingleResult()).longValue();
    }

    /**
     * Forgets every count older than two minutes (one run at a time in the cluster; a second one leaves), for all
     * keys at once: the checks themselves read only their last minute.
     */
    @Schedule(minute = "*", hour = "*", persistent = true, timezone = ApplicationClock.ZONE_ID, info = "forget old request counts")
    @PermitAll
    public void forgetOld() {
        if (jobs.tryExclusive("request-limit-forget")) {
            em.createNativeQuery("DELETE FROM request_limit WHERE second < clock_timestamp() - interval '2 minutes'").executeUpdate();
        }
    }
}
