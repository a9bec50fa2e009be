package com.soegroup.accountability.clue;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Rate limits of the public form without knowing who sends: a sliding minute per kind of request, for
 * everybody together. Guessing receipt codes is slowed for all guessers at once; nothing about a sender is
 * kept. The counts live in the database ({@code request_limit}, per kind and second), so the limit holds for
 * all nodes of a cluster together and across restarts.
 * <p>
 * Each check is a transaction of its own: a request that is then refused (a wrong receipt code is "not found",
 * which rolls its transaction back) still counts. The database's clock decides the minute, one clock for every
 * node; the application clock may be set to another day for tests and demos, which must not stop the minute.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AnonymousReportLimiter {

    public enum Kind {
        SUBMIT(30), FAILED_LOOKUP(20), MESSAGE(30);

        final int perMinute;

        Kind(int perMinute) {
            this.perMinute = perMinute;
        }
    }

    @PersistenceContext
    private EntityManager em;

    /** Counts one request of this kind; false when the minute's allowance is used up (that request is not counted). */
    @PermitAll
    public boolean allow(Kind kind) {
        // one check of a kind at a time in the whole cluster: two nodes must not both take the last request of the minute
        em.createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext('request_limit:' || ?1))) AS locked")
                .setParameter(1, kind.name()).getSingleResult();
        em.createNativeQuery("DELETE FROM request_limit WHERE kind = ?1 AND second < clock_timestamp() - interval '2 minutes'")
                .setParameter(1, kind.name()).executeUpdate();
        long lastMinute = ((Number) em.createNativeQuery("SELECT coalesce(sum(count), 0) FROM request_limit "
                        + "WHERE kind = ?1 AND second > clock_timestamp() - interval '60 seconds'")
                .setParameter(1, kind.name()).getSingleResult()).longValue();
        if (lastMinute >= kind.perMinute) {
            return false;
        }
        em.createNativeQuery("INSERT INTO request_limit (kind, second, count) VALUES (?1, date_trunc('second', clock_timestamp()), 1) "
                        + "ON CONFLICT (kind, second) DO UPDATE SET count = request_limit.count + 1")
                .setParameter(1, kind.name()).executeUpdate();
        return true;
    }
}
