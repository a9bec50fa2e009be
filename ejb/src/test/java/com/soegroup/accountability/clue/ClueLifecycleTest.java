package com.soegroup.accountability.clue;

import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.ErrorCode;
import com.soegroup.accountability.shared.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lifecycle table of workflow.md, row by row: who may move a clue from where to where, with what. */
class ClueLifecycleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 12);

    /** Every legal move with the role that makes it, given complete data. */
    @ParameterizedTest(name = "{0} → {1} by {2}")
    @CsvSource(textBlock = """
            REGISTERED,   CHECKING,     OFFICE
            CHECKING,     ACCEPTED,     LEADER
            CHECKING,     NOT_ACCEPTED, LEADER
            CHECKING,     TRANSFERRED,  OFFICE
            CHECKING,     TRANSFERRED,  LEADER
            CHECKING,     MERGED,       OFFICE
            CHECKING,     MERGED,       LEADER
            CHECKING,     OUT_OF_SCOPE, OFFICE
            CHECKING,     OUT_OF_SCOPE, LEADER
            ACCEPTED,     CLOSED,       OFFICE
            NOT_ACCEPTED, CLOSED,       OFFICE
            TRANSFERRED,  CLOSED,       OFFICE
            MERGED,       CLOSED,       OFFICE
            OUT_OF_SCOPE, CLOSED,       OFFICE
            """)
    void legalMoves(ClueStatus from, ClueStatus to, Role role) {
        ClueLifecycle.Transition t = ClueLifecycle.check(from, Set.of(role), complete(to), TODAY);

        assertEquals(from, t.from());
        assertEquals(to, t.to());
    }

    /** Exactly fourteen role-moves exist; every other pair of states is refused with 409 for every role. */
    @ParameterizedTest
    @EnumSource(ClueStatus.class)
    void everyMoveNotInTheTableIsAConflict(ClueStatus from) {
        for (ClueStatus to : ClueStatus.values()) {
            if (ClueLifecycle.find(from, to).isPresent()) {
                continue;
            }
            AccountabilityException refused = assertThrows(AccountabilityException.class,
                    () -> ClueLifecycle.check(from, EnumSet.allOf(Role.class), complete(to), TODAY), from + "→" + to);
            assertEquals(ErrorCode.CONFLICT, refused.code());
            assertEquals("clue.transition.illegal", refused.messageKey());
        }
        assertEquals(11, ClueLifecycle.TABLE.size());
    }

    @Test
    void aClosedClueGoesNowhereAndARegisteredOneOnlyToChecking() {
        assertEquals(List.of(), ClueLifecycle.next(ClueStatus.CLOSED, EnumSet.allOf(Role.class)));
        assertEquals(List.of(ClueStatus.CHECKING), ClueLifecycle.next(ClueStatus.REGISTERED, EnumSet.allOf(Role.class)));
    }

    @ParameterizedTest(name = "{0} → {1} refused to {2}")
    @CsvSource(textBlock = """
            REGISTERED,   CHECKING,     LEADER,  clue.transition.officeOnly
            REGISTERED,   CHECKING,     LIAISON, clue.transition.officeOnly
            CHECKING,     ACCEPTED,     OFFICE,  clue.transition.leaderOnly
            CHECKING,     NOT_ACCEPTED, OFFICE,  clue.transition.leaderOnly
            CHECKING,     TRANSFERRED,  AUDITOR, clue.transition.officeOnly
            ACCEPTED,     CLOSED,       LEADER,  clue.transition.officeOnly
            """)
    void theWrongRoleIsAConflictNamingWhoMay(ClueStatus from, ClueStatus to, Role role, String key) {
        AccountabilityException refused = assertThrows(AccountabilityException.class,
                () -> ClueLifecycle.check(from, Set.of(role), complete(to), TODAY));

        assertEquals(ErrorCode.CONFLICT, refused.code());
        assertEquals(key, refused.messageKey());
    }

    @ParameterizedTest(name = "{0} → {1} without {2}")
    @CsvSource(textBlock = """
            REGISTERED, CHECKING,     handler
            REGISTERED, CHECKING,     deadline
            CHECKING,   NOT_ACCEPTED, reason
            CHECKING,   TRANSFERRED,  transferKind
            CHECKING,   TRANSFERRED,  reference
            CHECKING,   TRANSFERRED,  receivingOrgan
            CHECKING,   MERGED,       survivor
            CHECKING,   OUT_OF_SCOPE, reference
            ACCEPTED,   CLOSED,       confirmed
            """)
    void requiredDataIsABadRequestNamingTheField(ClueStatus from, ClueStatus to, String field) {
        TransitionInput without = without(complete(to), field);

        AccountabilityException refused = assertThrows(AccountabilityException.class,
                () -> ClueLifecycle.check(from, EnumSet.of(Role.OFFICE, Role.LEADER), without, TODAY));

        assertEquals(ErrorCode.INVALID_INPUT, refused.code());
        assertEquals(field, refused.field());
    }

    @Test
    void aTransferWithinTheGroupNeedsTheReceivingUnitNotAnOrgan() {
        TransitionInput higher = new TransitionInput(ClueStatus.TRANSFERRED, null, null, null, TransferKind.HIGHER_LEVEL,
                null, "纪委", "移送函〔2026〕3号", null, false);

        AccountabilityException refused = assertThrows(AccountabilityException.class,
                () -> ClueLifecycle.check(ClueStatus.CHECKING, Set.of(Role.OFFICE), higher, TODAY));
        assertEquals("receivingEnterprise", refused.field());
    }

    @Test
    void theCheckingDeadlineMayBeTodayButNotPast() {
        TransitionInput today = new TransitionInput(ClueStatus.CHECKING, "张伟", TODAY, null, null, null, null, null, null, false);
        ClueLifecycle.check(ClueStatus.REGISTERED, Set.of(Role.OFFICE), today, TODAY);

        TransitionInput past = new TransitionInput(ClueStatus.CHECKING, "张伟", TODAY.minusDays(1), null, null, null, null, null, null, false);
        AccountabilityException refused = assertThrows(AccountabilityException.class,
                () -> ClueLifecycle.check(ClueStatus.REGISTERED, Set.of(Role.OFFICE), past, TODAY));
        assertEquals("deadline", refused.field());
    }

    @Test
    void anOverlongReasonIsRefusedOnEveryTransition() {
        TransitionInput longReason = new TransitionInput(ClueStatus.ACCEPTED, null, null, "理".repeat(2001), null, null,
                null, null, null, false);

        AccountabilityException refused = assertThrows(AccountabilityException.class,
                () -> ClueLifecycle.check(ClueStatus.CHECKING, Set.of(Role.LEADER), longReason, TODAY));
        assertEquals("reason", refused.field());
        assertTrue(refused.arguments().length > 0);
    }

    static TransitionInput complete(ClueStatus to) {
        return new TransitionInput(to, "张伟", TODAY.plusDays(30), "经初核，反映问题属实", TransferKind.DISCIPLINE_ORGAN, null,
                "示范市纪委监委", "示纪移〔2026〕12号", "YBJT-XS-2026-0001", true);
    }

    static TransitionInput without(TransitionInput i, String field) {
        return new TransitionInput(i.to(),
                field.equals("handler") ? null : i.handler(),
                field.equals("deadline") ? null : i.deadline(),
                field.equals("reason") ? " " : i.reason(),
                field.equals("transferKind") ? null : i.transferKind(),
                i.receivingEnterprise(),
                field.equals("receivingOrgan") ? "" : i.receivingOrgan(),
                field.equals("reference") ? null : i.reference(),
                field.equals("survivor") ? null : i.survivor(),
                !field.equals("confirmed") && i.confirmed());
    }
}
