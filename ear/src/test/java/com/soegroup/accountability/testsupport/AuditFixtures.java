package com.soegroup.accountability.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
