package com.soegroup.accountability.circular;

import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A circular's page offers each step to its role only, in its state, and says whose step it is otherwise. */
class CircularActionsTest {

    private static final Scope OFFICE = scope(Role.OFFICE);
    private static final Scope LEADER = scope(Role.LEADER);

    private static Scope scope(Role role) {
        return new Scope("u", Set.of(role), "YBJT", Map.of("YBJT", "/1/"), null);
    }

    private static Circular circular() {
        return new Circular("YBJT-TB-2026-0001", 2026, 1, null, 1L, "YBJT-DC-2026-0001", CircularKind.WARNING,
                new CircularParts("标题", "事实", "情形", "处理", "警示"), null, "office", Instant.EPOCH);
    }

    @Test
    void theOfficeEditsADraftAndSubmitsItOnlyOnceATextIsSaved() {
        Circular c = circular();
        CircularActions fresh = CircularAccess.actions(OFFICE, c, true);
        assertTrue(fresh.edit());
        assertFalse(fresh.submit(), "the system's draft is saved first");
        c.text(c.parts(), 1);
        assertTrue(CircularAccess.actions(OFFICE, c, true).submit());
        CircularActions leader = CircularAccess.actions(LEADER, c, true);
        assertFalse(leader.edit() || leader.submit() || leader.approve());
        assertEquals("circular.reason.officeDrafts", leader.reason());
    }

    @Test
    void theLeaderApprovesASubmittedCircularAndTheOfficePublishesAnApprovedOne() {
        Circular c = circular();
        c.text(c.parts(), 1);
        c.submit();
        assertTrue(CircularAccess.actions(LEADER, c, true).approve());
        assertFalse(CircularAccess.actions(OFFICE, c, true).edit());
        assertEquals("circular.reason.leaderApproves", CircularAccess.actions(OFFICE, c, true).reason());
        c.approve("leader", "同意");
        assertTrue(CircularAccess.actions(OFFICE, c, true).publish());
        assertFalse(CircularAccess.actions(LEADER, c, true).publish());
        assertEquals("circular.reason.officePublishes", CircularAccess.actions(LEADER, c, true).reason());
    }

    @Test
    void aReaderWhoIsNotACaseRoleMayDoNothing() {
        Circular c = circular();
        CircularActions reader = CircularAccess.actions(OFFICE, c, false);
        assertFalse(reader.edit() || reader.submit() || reader.approve() || reader.publish() || reader.receipts());
        assertNull(reader.reason());
    }
}
