package com.soegroup.accountability.shared;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Forgets the form tokens of {@link Submissions} a week old, once a night: no page's state lives that long. */
@Stateless
@DenyAll
public class SubmissionsForgotten {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private JobRuns jobs;

    @Schedule(hour = "3", minute = "40", persistent = true, timezone = ApplicationClock.ZONE_ID, info = "forget old form tokens")
    @PermitAll
    public void forgetOld() {
        if (jobs.tryExclusive("form-submissions-forget")) {
            em.createNativeQuery("DELETE FROM form_submission WHERE submitted_at < clock_timestamp() - interval '7 days'")
                    .executeUpdate();
        }
    }
}
