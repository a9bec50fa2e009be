package com.soegroup.accountability.investigation;

import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.ErrorCode;
import com.soegroup.accountability.shared.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static com.soegroup.accountability.investigation.InvestigationStatus.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InvestigationLifecycleTest {

    @ParameterizedTest(name = "{0} → {1} by {2}: {3}")
    @CsvSource({
            "PLANNED, IN_PROGRESS, OFFICE, OK",
            "PLANNED, IN_PROGRESS, LEADER, CONFLICT",
            "PLANNED, IN_PROGRESS, INVESTIGATOR, CONFLICT",
            "PLANNED, REPORT_DRAFTED, OFFICE, CONFLICT",
            "IN_PROGRESS, REPORT_DRAFTED, OFFICE, OK",
            "IN_PROGRESS, REPORT_DRAFTED, INVESTIGATOR, OK",
            "IN_PROGRESS, REPORT_DRAFTED, LEADER, CONFLICT",
            "IN_PROGRESS, CONCLUDED, OFFICE, CONFLICT",
            "REPORT_DRAFTED, REPORT_APPROVED, LEADER, OK",
            "REPORT_DRAFTED, REPORT_APPROVED, OFFICE, CONFLICT",
            "REPORT_DRAFTED, REPORT_APPROVED, INVESTIGATOR, CONFLICT",
            "REPORT_APPROVED, CONCLUDED, OFFICE, OK",
            "REPORT_APPROVED, CONCLUDED, LEADER, CONFLICT",
            "CONCLUDED, IN_PROGRESS, OFFICE, CONFLICT",
            "CONCLUDED, PLANNED, OFFICE, CONFLICT",
    })
    void theTableByRole(InvestigationStatus from, InvestigationStatus to, Role role, String expected) {
        if (expected.equals("OK")) {
            InvestigationLifecycle.check(from, to, Set.of(role), null, true);
        } else {
            AccountabilityException e = assertThrows(AccountabilityException.class,
                    () -> InvestigationLifecycle.check(from, to, Set.of(role), null, true));
            assertEquals(ErrorCode.valueOf(expected), e.code());
        }
    }

    @Test
    void sendingBackNeedsAReasonAndStartingNeedsADeclaredLeader() {
        AccountabilityException noReason = assertThrows(AccountabilityException.class,
                () -> InvestigationLifecycle.check(REPORT_DRAFTED, IN_PROGRESS, Set.of(Role.LEADER), " ", true));
        assertEquals("reason", noReason.field());
        InvestigationLifecycle.check(REPORT_DRAFTED, IN_PROGRESS, Set.of(Role.LEADER), "事实不清", true);
        AccountabilityException noLeader = assertThrows(AccountabilityException.class,
                () -> InvestigationLifecycle.check(PLANNED, IN_PROGRESS, Set.of(Role.OFFICE), null, false));
        assertEquals(ErrorCode.RULE_REFUSED, noLeader.code());
    }

    @Test
    void nextListsWhatTheRolesMayDo() {
        assertEquals(List.of(REPORT_APPROVED, IN_PROGRESS), InvestigationLifecycle.next(REPORT_DRAFTED, Set.of(Role.LEADER)));
        assertEquals(List.of(), InvestigationLifecycle.next(REPORT_DRAFTED, Set.of(Role.AUDITOR)));
        assertEquals(List.of(REPORT_DRAFTED), InvestigationLifecycle.next(IN_PROGRESS, Set.of(Role.INVESTIGATOR)));
    }
}
