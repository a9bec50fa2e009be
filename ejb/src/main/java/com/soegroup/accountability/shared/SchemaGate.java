package com.soegroup.accountability.shared;

/**
 * The schema's readiness, for what may run before the deployment finished migrating it: persistent timers fire as
 * soon as their bean starts, which on a fresh database can be before the tables exist. Implemented by
 * {@code platform.SchemaMigrator}; {@link JobRuns} waits on it, so every scheduled job does.
 */
public interface SchemaGate {

    /** Returns once the schema is up to date (at once after deployment). */
    void awaitMigrated();
}
