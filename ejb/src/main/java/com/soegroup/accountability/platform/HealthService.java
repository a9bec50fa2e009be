package com.soegroup.accountability.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import com.soegroup.accountability.shared.Role;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Whether the application can serve: for load balancers and IT's monitoring, open to anyone. */
@Stateless
public class HealthService {

    private static final Logger LOG = Logger.getLogger(HealthService.class.getName());
    private static final int VALIDATION_TIMEOUT_SECONDS = 3;

    @Resource(lookup = "java:jboss/datasources/AccountabilityDS")
    private DataSource dataSource;

    /** Open to anyone: it reveals only up or down, never why. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean databaseReachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALIDATION_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            // load balancers ask every few seconds: the outage is logged once, not with each of their calls
            if (OutageLog.firstOfOutage("database")) {
                LOG.warning("Health check: the database cannot be reached (logged once per outage): " + e.getMessage());
            }
            return false;
        }
    }

    /** The applied schema version, or null when no migration has run: for administrators checking an upgrade. */
    @RolesAllowed(Role.R_ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String schemaVersion() {
        try (Connection connection = dataSource.getConnection();
             var statement = connection.prepareStatement(
                     "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank DESC LIMIT 1");
             var rows = statement.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not read the schema version", e);
            return null;
        }
    }
}
