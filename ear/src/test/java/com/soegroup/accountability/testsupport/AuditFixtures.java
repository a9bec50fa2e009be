package com.soegroup.accountability.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** Situations of the audit trail's readers, set up through the API and undone afterwards. */
public final class AuditFixtures {

    private AuditFixtures() {
    }

    /** Runs the checks with the demo auditor's home moved from YBNY to the group (an ADMIN override), then back. */
    public static void withTheAuditorOfTheWholeGroup(Runnable checks) {
        Api.Reply moved = Api.as("admin").put("/scopes/auditor", "{\"homeEnterprise\": \"YBJT\", \"note\": \"集团监事会\"}");
        assertEquals(200, moved.status(), moved::toString);
        try {
            checks.run();
        } finally {
            Api.as("admin").delete("/scopes/auditor");
        }
    }

    /**
     * Waits until the sealer has chained the entry (it runs every two seconds): the chain protects an entry from
     * then on, not from its commit. Answers how long it took.
     */
    public static Duration awaitSealed(long seq) {
        Instant start = Instant.now();
        Instant deadline = start.plusSeconds(30);
        try (Connection db = Database.connect();
             PreparedStatement sealed = db.prepareStatement("SELECT 1 FROM audit_seal WHERE entry_seq = ?")) {
            sealed.setLong(1, seq);
            while (Instant.now().isBefore(deadline)) {
                try (ResultSet row = sealed.executeQuery()) {
                    if (row.next()) {
                        return Duration.between(start, Instant.now());
                    }
                }
                Thread.sleep(200);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return fail("audit entry " + seq + " was not sealed within 30 s");
    }

    /** Waits until the sealer has chained every entry written so far. */
    public static void awaitNothingPending() {
        Instant deadline = Instant.now().plusSeconds(30);
        try (Connection db = Database.connect();
             PreparedStatement pending = db.prepareStatement("SELECT count(*) FROM audit_pending")) {
            while (Instant.now().isBefore(deadline)) {
                try (ResultSet row = pending.executeQuery()) {
                    row.next();
                    if (row.getLong(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(200);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        fail("audit entries still wait for their seal after 30 s");
    }
}
