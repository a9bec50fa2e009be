package com.soegroup.accountability.platform;

import com.soegroup.accountability.shared.Settings;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Nodes of a cluster deploy at once: one migrates, the others wait for its lock. Flyway's own default gives up
 * after 50 seconds, which fails the deployment of every node but one whenever a migration takes longer.
 */
class SchemaMigratorTest {

    @AfterEach
    void clear() {
        System.clearProperty(Settings.MIGRATION_LOCK_WAIT);
    }

    @Test
    void aNodeWaitsForAnotherNodesMigrationAsLongAsItTakes() {
        FluentConfiguration configuration = SchemaMigrator.configuration(null);
        assertEquals(-1, configuration.getLockRetryCount(), "no limit");
        assertFalse(configuration.getPluginRegister().getExact(PostgreSQLConfigurationExtension.class).isTransactionalLock(),
                "the lock is the session's, no transaction is held open during the migration");
    }

    @Test
    void theWaitCanBeBoundedInSeconds() {
        System.setProperty(Settings.MIGRATION_LOCK_WAIT, "600");
        assertEquals(600, SchemaMigrator.configuration(null).getLockRetryCount());
        System.setProperty(Settings.MIGRATION_LOCK_WAIT, "ten minutes");
        assertEquals(-1, SchemaMigrator.configuration(null).getLockRetryCount(), "a value that is no number: no limit");
    }
}
