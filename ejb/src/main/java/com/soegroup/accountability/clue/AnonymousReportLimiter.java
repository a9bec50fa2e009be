package com.soegroup.accountability.clue;

import com.soegroup.accountability.shared.RequestLimits;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

/**
 * Rate limits of the public form without knowing who sends: a sliding minute per kind of request, for
 * everybody together (RequestLimits: in the database, for all nodes of a cluster). Guessing receipt codes is
 * slowed for all guessers at once; nothing about a sender is kept. A request refused afterwards (a wrong receipt
 * code is "not found", which rolls its transaction back) still counts.
 */
@Stateless
@PermitAll
public class AnonymousReportLimiter {

    public enum Kind {
        SUBMIT(30), FAILED_LOOKUP(20), MESSAGE(30);

        final int perMinute;

        Kind(int perMinute) {
            this.perMinute = perMinute;
        }
    }

    @EJB
    private RequestLimits limits;

    /** Counts one request of this kind; false when the minute's allowance is used up (that request is not counted). */
    @PermitAll
    public boolean allow(Kind kind) {
        return limits.allow(kind.name(), kind.perMinute);
    }
}
