package com.soegroup.accountability.platform;

import com.soegroup.accountability.shared.SchemaGate;
import com.soegroup.accountability.shared.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;

import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Brings the schema up to date when the EAR deploys, so an upgrade is: deploy the new EAR. The migrations
 * in {@code db/migration} are the only way the schema changes; a failed migration fails the deployment
 * rather than letting the application run on a schema it does not know.
 * <p>
 * With the setting {@value Settings#DEMO_DATA} true (config/demo.properties sets it through
 * system-properties.cli; production leaves it false) the demo group's data in {@code db/demo} is loaded after
 * the schema, with its own history table so that the schema's version history stays that of the schema.
 * <p>
 * Nodes of a cluster deploying at once take Flyway's lock (a PostgreSQL advisory lock) in turn, migration by
 * migration: each migration runs once and in order, a node waits for the lock by default as long as a migration
 * takes ({@value Settings#MIGRATION_LOCK_WAIT}), and none finishes before the schema is complete. The lock is
 * held by the session, not in a transaction kept open meanwhile: a migration that builds an index CONCURRENTLY
 * waits for every open transaction, so an open transaction of its own would keep it waiting for ever.
 */
@Singleton
@Startup
@LocalBean
@Local(SchemaGate.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigrator implements SchemaGate {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = "java:jboss/datasources/AccountabilityDS")
    private DataSource dataSource;

    /**
     * Returns once the schema is up to date. Scheduled jobs call it first: their timers may fire while the EAR is
     * still deploying, and a call to this singleton waits until its migration is done.
     */
    @Override
    @Lock(LockType.READ)
    @PermitAll
    public void awaitMigrated() {
        // the container has run migrate() before it lets any call in
    }

    @PostConstruct
    void migrate() {
        Flyway flyway = at("db/migration", dataSource)
                .failOnMissingLocations(true)
                .load();
        MigrateResult result = flyway.migrate();
        var current = flyway.info().current();
        LOG.info(() -> "Schema at version " + (current == null ? "none" : current.getVersion()) + " ("
                + result.migrationsExecuted + " migration(s) applied now)");
        if (Settings.demoData()) {
            MigrateResult demo = at("db/demo", dataSource)
                    .table("demo_data_history")
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            LOG.info(() -> "Demo data at version " + demo.targetSchemaVersion + " (" + demo.migrationsExecuted
                    + " step(s) loaded now)");
        }
    }

    /** What both migrations share: the datasource and how a node waits for another node's migration. */
    static FluentConfiguration configuration(DataSource dataSource) {
        FluentConfiguration configuration = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                // Flyway tries the lock once a second: a count of tries is a number of seconds (-1: no limit)
                .lockRetryCount(Settings.migrationLockWait());
        configuration.getPluginRegister().getExact(PostgreSQLConfigurationExtension.class).setTransactionalLock(false);
        return configuration;
    }

    /** Flyway for the migrations under a path of the class path, listed without JBoss VFS when deployed. */
    private static FluentConfiguration at(String path, DataSource dataSource) {
        ClassLoader loader = SchemaMigrator.class.getClassLoader();
        FluentConfiguration configuration = configuration(dataSource).locations("classpath:" + path);
        DeployedMigrations.in(path, loader).ifPresent(deployed -> configuration
                .resourceProvider(deployed)
                .javaMigrationClassProvider(deployed));
        return configuration;
    }
}
