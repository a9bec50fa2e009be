package com.soegroup.accountability.shared;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Once per firing in the whole cluster, whatever the timer service does: a scheduled job claims its period
 * ({@link JobPeriod}) with a row of {@code job_run}, in the job's own transaction, before it does anything.
 * <p>
 * The timer service of a cluster ({@code standalone-ha}) already fires a persistent timer on one node only; this
 * is the second guard, for what it does not cover: a domain of plain servers that each fire their own timer,
 * a timer moving to another node while it runs, a retry. The row is inserted with {@code ON CONFLICT DO NOTHING}:
 * a second node's insert waits on the key until the first run's transaction ends, then finds the row and skips
 * quietly; a run that rolls back takes its row with it, so the period may be run again (WildFly retries a failed
 * timeout once). {@code job_run.node} names the node that ran it ({@code jboss.node.name}). Each method first waits
 * until the schema is migrated ({@link SchemaGate}): a persistent timer may fire while a first deployment still
 * creates the tables.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JobRuns {

    private static final Logger LOG = Logger.getLogger(JobRuns.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private SchemaGate schema;

    /** True when this transaction now owns the job's period; false when another run has it (nothing to do). */
    public boolean claim(String job, Instant periodStart) {
        schema.awaitMigrated();
        int inserted = em.createNativeQuery("INSERT INTO job_run (job, period_start, node, started_at) VALUES (?1, ?2, ?3, ?4) "
                        + "ON CONFLICT (job, period_start) DO NOTHING")
                .setParameter(1, job).setParameter(2, periodStart).setParameter(3, Settings.nodeName())
                .setParameter(4, clock.instant()).executeUpdate();
        if (inserted == 0) {
            LOG.log(Level.FINE, "{0} of {1} already run by another node or firing", new Object[]{job, periodStart});
        }
        return inserted == 1;
    }

    /** Marks the claimed period done, as the run's last step (it commits with the run). */
    public void finish(String job, Instant periodStart) {
        em.createNativeQuery("UPDATE job_run SET finished_at = ?3 WHERE job = ?1 AND period_start = ?2")
                .setParameter(1, job).setParameter(2, periodStart).setParameter(3, clock.instant()).executeUpdate();
    }

    /**
     * One run of the job at a time in the whole cluster until this transaction ends, the timer's and one started
     * by hand alike (the office's "remind now"): the second waits and then finds the first one's work done.
     */
    public void exclusive(String job) {
        schema.awaitMigrated();
        em.createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext('job_run:' || ?1))) AS locked")
                .setParameter(1, job).getSingleResult();
    }

    /**
     * For a frequent job whose work is idempotent (the audit trail's sealer, every two seconds): no row per
     * period, only one run at a time in the whole cluster until this transaction ends. True when this run has the
     * job; false when another holds it, and this one should leave at once.
     */
    public boolean tryExclusive(String job) {
        schema.awaitMigrated();
        return Boolean.TRUE.equals(em.createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtext('job_run:' || ?1))")
                .setParameter(1, job).getSingleResult());
    }

    /** Forgets the job's runs of periods before the given one: the record of a frequent job is bookkeeping, not history. */
    public void forgetBefore(String job, Instant periodStart) {
        em.createNativeQuery("DELETE FROM job_run WHERE job = ?1 AND period_start < ?2")
                .setParameter(1, job).setParameter(2, periodStart).executeUpdate();
    }
}
