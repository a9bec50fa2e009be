package com.soegroup.accountability.api;

import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.platform.OutageLog;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A sign-in the directory could not answer (LDAP down or not answering): Elytron then neither signs the user in nor
 * refuses the password, it gives up. Such a sign-in is refused with its own sentence ("目录服务暂不可用"), recorded in
 * the audit trail with the reason {@value #REASON} (rate-limited like every refused sign-in), and the outage is
 * logged once as a WARNING, not with every attempt. A user signed in within the sign-in cache's age still signs in:
 * the cache answers without the directory.
 */
@ApplicationScoped
public class DirectoryOutage {

    public static final String REASON = "directory-unavailable";

    private static final Logger LOG = Logger.getLogger(DirectoryOutage.class.getName());

    @EJB
    private AuditService audit;

    /** Logs (once per outage) and audits a sign-in of {@code user} through {@code channel} that the directory failed. */
    public void signInFailed(String user, String channel) {
        if (OutageLog.firstOfOutage("directory")) {
            LOG.warning("The directory (LDAP) does not answer: sign-ins of users not in the sign-in cache are refused"
                    + " until it is back (logged once per outage)");
        }
        try {
            audit.recordSignInFailure(user, channel, REASON);
        } catch (RuntimeException e) {
            // the database may be down as well: the attempt is then only in this log, never with a password
            LOG.log(Level.WARNING, "Refused sign-in of {0} ({1}, directory unavailable) not recorded in the audit trail: {2}",
                    new Object[]{forLog(user), channel, e.getClass().getSimpleName()});
        }
    }

    /** An attempted user name as a log may show it: one line, at most 64 characters (it is typed by anyone). */
    public static String forLog(String user) {
        if (user == null) {
            return "(none)";
        }
        String line = user.replaceAll("\\p{Cntrl}", "?");
        return line.length() > 64 ? line.substring(0, 64) + "…" : line;
    }
}
