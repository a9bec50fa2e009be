package com.soegroup.accountability.audit;

import com.soegroup.accountability.shared.ApplicationClock;
import com.soegroup.accountability.shared.JobRuns;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Creates the audit trail's monthly partitions ahead of need. A bean of its own rather than a second schedule of
 * {@link AuditSealer}: WildFly creates a bean's persistent timers at deployment in one batch that locks each timer's
 * key in the cluster's cache; two nodes deploying at once each held one of the bean's two keys and waited for the
 * other's until the lock timed out (15 s) and one node's deployment failed (the two-node test, two runs in four).
 * One schedule per bean.
 */
@Stateless
@DenyAll
public class AuditPartitions {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private JobRuns jobs;

    /** Creates the monthly partitions of the next three months ahead of need, once a day. */
    @Schedule(hour = "3", minute = "20", persistent = true, timezone = ApplicationClock.ZONE_ID,
            info = "audit trail partitions ahead")
    @PermitAll
    public void createPartitionsAhead() {
        jobs.exclusive("audit-partitions");
        em.createNativeQuery("SELECT audit_partitions_ensure(current_date, (current_date + INTERVAL '3 months')::date)")
                .getSingleResult();
    }
}
