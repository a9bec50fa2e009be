package com.soegroup.accountability.clue;

import com.soegroup.accountability.shared.RequestLimits;
import com.soegroup.accountability.shared.Settings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

/**
 * Rate limits of the public form (RequestLimits: a sliding minute, in the database, for all nodes of a cluster),
 * each a setting (Settings). A client is a keyed hash of its address (ClientKeys), never the address, and the
 * counts live two minutes.
 * <ul>
 *     <li>Accepted reports: so many per client, and so many from everybody together. A refused (invalid) report
 *     never takes from that budget: it counts towards its client's own limit of refusals, beyond which that client
 *     is answered 429 before its report is even read; other senders are not affected.</li>
 *     <li>Wrong receipt codes: so many per client and so many from everybody together. Once either is used up every
 *     code is answered 429, a right one too: an answer that still told a right code from a wrong one would let
 *     guessing go on.</li>
 *     <li>Reporters' messages: so many per client and from everybody together.</li>
 * </ul>
 * A count is its own transaction: a request refused afterwards still counts.
 */
@Stateless
@PermitAll
public class AnonymousReportLimiter {

    static final String SUBMIT = "SUBMIT";
    static final String FAILED_LOOKUP = "FAILED_LOOKUP";
    static final String MESSAGE = "MESSAGE";

    @EJB
    private RequestLimits limits;

    /** Whether this client's refused reports of the last minute are used up (nothing counted). */
    @PermitAll
    public boolean invalidExhausted(String client) {
        return limits.exhausted("INVALID:" + client, Settings.reportInvalidPerClient());
    }

    /** Counts a refused report of this client. */
    @PermitAll
    public void countInvalid(String client) {
        limits.allow("INVALID:" + client, Settings.reportInvalidPerClient());
    }

    /** Counts an accepted report; false when the client's or everybody's allowance is used up. */
    @PermitAll
    public boolean allowSubmit(String client) {
        return limits.allow(SUBMIT + ":" + client, Settings.reportSubmitsPerClient())
                && limits.allow(SUBMIT, Settings.reportSubmits());
    }

    /** Whether wrong receipt codes are used up, this client's or everybody's (nothing counted). */
    @PermitAll
    public boolean lookupsExhausted(String client) {
        return limits.exhausted("LOOKUP:" + client, Settings.reportFailedLookupsPerClient())
                || limits.exhausted(FAILED_LOOKUP, Settings.reportFailedLookups());
    }

    /** Counts a wrong receipt code. */
    @PermitAll
    public void countFailedLookup(String client) {
        limits.allow("LOOKUP:" + client, Settings.reportFailedLookupsPerClient());
        limits.allow(FAILED_LOOKUP, Settings.reportFailedLookups());
    }

    /** Counts a reporter's message; false when the client's or everybody's allowance is used up. */
    @PermitAll
    public boolean allowMessage(String client) {
        return limits.allow(MESSAGE + ":" + client, Settings.reportMessagesPerClient())
                && limits.allow(MESSAGE, Settings.reportMessages());
    }
}
