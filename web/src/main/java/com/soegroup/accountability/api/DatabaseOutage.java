package com.soegroup.accountability.api;

import com.soegroup.accountability.platform.OutageLog;
import com.soegroup.accountability.shared.ErrorCode;
import jakarta.resource.ResourceException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * A request that failed because the database cannot be reached (down, restarting, the network between): not a fault
 * of the server to report as 500, but a 503 that tells the client to try again. The outage is logged once as a
 * WARNING, not with a stack trace per request. The pool's validate-on-match and exception sorter
 * (config/datasource.cli) replace the dead connections when the database is back, without a redeployment.
 */
final class DatabaseOutage {

    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());

    private DatabaseOutage() {
    }

    /**
     * Whether the database could not be reached: SQLSTATE class 08 (connection exception) or 57P (the server
     * shutting down or starting), a refused connection, or the pool unable to get one.
     */
    static boolean isCause(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (t instanceof ConnectException || t instanceof ResourceException) {
                return true;
            }
        }
        return false;
    }

    static Response answer(Throwable thrown, Locale locale) {
        if (OutageLog.firstOfOutage("database")) {
            LOG.warning("The database cannot be reached: requests are answered 503 until it is back (logged once per"
                    + " outage): " + describe(thrown));
        }
        return Response.fromResponse(ApiResponses.simple(503, ErrorCode.SERVICE_UNAVAILABLE, locale))
                .header(HttpHeaders.RETRY_AFTER, DirectoryOutageFilter.RETRY_AFTER)
                .build();
    }

    /** The innermost cause's type and message: which connection failed, without the request's data. */
    private static String describe(Throwable thrown) {
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
