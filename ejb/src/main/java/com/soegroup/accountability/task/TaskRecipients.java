package com.soegroup.accountability.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Who may get the daily digest: the directory cannot list its users to the application, so the people the
 * application knows — whoever used it in the last {@link #ACTIVE_DAYS} days (their audit entries), every team member
 * whose recusal declaration waits, every supervising leader of a running supervision, everyone who set a preference —
 * minus those who opted out. The job then asks the directory for each one's roles and home enterprise; a name the
 * directory does not know (the public form's entries) is skipped there.
 */
@ApplicationScoped
public class TaskRecipients {

    static final int ACTIVE_DAYS = 30;

    private static final String KNOWN = "SELECT u.user_id FROM ("
            + "SELECT DISTINCT user_id FROM audit_entry WHERE occurred_at >= ?1 AND user_id IS NOT NULL "
            + "UNION SELECT user_id FROM investigation_member WHERE recusal = 'PENDING' "
            + "UNION SELECT leader_user_id FROM supervision WHERE ended_on IS NULL "
            + "UNION SELECT user_id FROM user_preference) u "
            + "WHERE NOT EXISTS (SELECT 1 FROM user_preference p WHERE p.user_id = u.user_id AND NOT p.task_digest) "
            + "ORDER BY u.user_id";

    @PersistenceContext
    private EntityManager em;

    /** The user ids, in one order, so that every run mails in the same order. */
    @SuppressWarnings("unchecked")
    List<String> known(Instant now) {
        return em.createNativeQuery(KNOWN).setParameter(1, now.minusSeconds(ACTIVE_DAYS * 86_400L)).getResultList();
    }

    /** The language the person chose for the pages, Chinese (the bundles' base) when they chose none. */
    Locale languageOf(String userId) {
        List<?> chosen = em.createNativeQuery("SELECT locale FROM user_preference WHERE user_id = ?1 AND locale IS NOT NULL")
                .setParameter(1, userId).getResultList();
        return chosen.isEmpty() ? Locale.ROOT : Locale.forLanguageTag((String) chosen.get(0));
    }

    /** Whether a mail with this reference was already queued (a second run of the day mails no one twice). */
    boolean queued(String reference) {
        return !em.createNativeQuery("SELECT 1 FROM mail_outbox WHERE reference = ?1").setParameter(1, reference)
                .setMaxResults(1).getResultList().isEmpty();
    }
}
