package com.soegroup.accountability.investigation;

import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.ErrorCode;
import com.soegroup.accountability.shared.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static com.soegroup.accountability.investigation.InvestigationStatus.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the case page offers, and why not: the same table the service checks moves against. */
class CaseActionsTest {

    private static final InvestigationLifecycle.TeamState NO_TEAM =
            new InvestigationLifecycle.TeamState(false, false, List.of(), true);
    private static final InvestigationLifecycle.TeamState TWO_PENDING =
            new InvestigationLifecycle.TeamState(true, true, List.of("李四", "王五"), true);
    private static final InvestigationLifecycle.TeamState ALL_SIGNED =
            new InvestigationLifecycle.TeamState(true, true, List.of(), true);

    @Test
    void startingIsShownDisabledUntilEveryMemberSignedAndTheServiceRefusesWithTheSameSentence() {
        CaseAction start = only(InvestigationLifecycle.actions(PLANNED, Set.of(Role.OFFICE), TWO_PENDING));
        assertEquals(IN_PROGRESS, start.to());
        assertFalse(start.allowed());
        assertEquals("investigation.start.pendingRecusal", start.reasonKey());
        assertEquals(List.of("李四、王五"), start.reasonArgs());
        AccountabilityException refused = assertThrows(AccountabilityException.class,
                () -> InvestigationLifecycle.check(PLANNED, IN_PROGRESS, Set.of(Role.OFFICE), null, TWO_PENDING));
        assertEquals(ErrorCode.RULE_REFUSED, refused.code());
        assertEquals("investigation.start.pendingRecusal", refused.messageKey());

        CaseAction noLeader = only(InvestigationLifecycle.actions(PLANNED, Set.of(Role.OFFICE), NO_TEAM));
        assertEquals("investigation.start.noLeader", noLeader.reasonKey());

        CaseAction ready = only(InvestigationLifecycle.actions(PLANNED, Set.of(Role.OFFICE), ALL_SIGNED));
        assertTrue(ready.allowed());
        InvestigationLifecycle.check(PLANNED, IN_PROGRESS, Set.of(Role.OFFICE), null, ALL_SIGNED);
    }

    @Test
    void aRoleTheRowDoesNotNameIsOfferedNothing() {
        assertEquals(List.of(), InvestigationLifecycle.actions(PLANNED, Set.of(Role.LEADER), ALL_SIGNED));
        assertEquals(List.of(), InvestigationLifecycle.actions(REPORT_DRAFTED, Set.of(Role.OFFICE), ALL_SIGNED));
        assertEquals(List.of(), InvestigationLifecycle.actions(CONCLUDED, Set.of(Role.OFFICE, Role.LEADER), ALL_SIGNED));
    }

    @Test
    void theReportApprovalIsAnApprovalAndSendingBackNeedsAReason() {
        List<CaseAction> leader = InvestigationLifecycle.actions(REPORT_DRAFTED, Set.of(Role.LEADER), ALL_SIGNED);
        assertEquals(List.of(REPORT_APPROVED, IN_PROGRESS), leader.stream().map(CaseAction::to).toList());
        assertTrue(leader.get(0).approval());
        assertFalse(leader.get(0).reasonRequired());
        assertFalse(leader.get(1).approval());
        assertTrue(leader.get(1).reasonRequired());
        assertTrue(leader.stream().allMatch(CaseAction::allowed));
    }

    @Test
    void aFindingWithoutACircumstanceKeepsTheApprovalDisabledNamingThePersonAndTheServiceRefuses() {
        InvestigationLifecycle.TeamState unclassified =
                new InvestigationLifecycle.TeamState(true, true, List.of(), true, List.of("张三", "李四"));
        List<CaseAction> leader = InvestigationLifecycle.actions(REPORT_DRAFTED, Set.of(Role.LEADER), unclassified);
        CaseAction approve = leader.get(0);
        assertEquals(REPORT_APPROVED, approve.to());
        assertFalse(approve.allowed());
        assertEquals("investigation.approve.unclassified", approve.reasonKey());
        assertEquals(List.of("张三、李四"), approve.reasonArgs());
        // sending the report back stays possible: that is how the team gets to classify
        assertTrue(leader.get(1).allowed());
        AccountabilityException refused = assertThrows(AccountabilityException.class,
                () -> InvestigationLifecycle.check(REPORT_DRAFTED, REPORT_APPROVED, Set.of(Role.LEADER), null, unclassified));
        assertEquals(ErrorCode.RULE_REFUSED, refused.code());
        assertEquals("investigation.approve.unclassified", refused.messageKey());
        InvestigationLifecycle.check(REPORT_DRAFTED, REPORT_APPROVED, Set.of(Role.LEADER), null, ALL_SIGNED);
    }

    @Test
    void anInvestigatorOffTheTeamSeesDraftingDisabledWithTheReason() {
        InvestigationLifecycle.TeamState notMine = new InvestigationLifecycle.TeamState(true, true, List.of(), false);
        CaseAction draft = only(InvestigationLifecycle.actions(IN_PROGRESS, Set.of(Role.INVESTIGATOR), notMine));
        assertEquals("investigation.work.teamOnly", draft.reasonKey());
        AccountabilityException refused = assertThrows(AccountabilityException.class,
                () -> InvestigationLifecycle.check(IN_PROGRESS, REPORT_DRAFTED, Set.of(Role.INVESTIGATOR), null, notMine));
        assertEquals(ErrorCode.CONFLICT, refused.code());
        assertNull(only(InvestigationLifecycle.actions(IN_PROGRESS, Set.of(Role.INVESTIGATOR), ALL_SIGNED)).reasonKey());
    }

    @Test
    void theNextStepNamesWhoMustActAndWhat() {
        assertEquals("investigation.next.assignLeader", InvestigationLifecycle.nextStep(PLANNED, NO_TEAM).key());
        NextStep recusal = InvestigationLifecycle.nextStep(PLANNED, TWO_PENDING);
        assertEquals("investigation.next.recusal", recusal.key());
        assertEquals(List.of("李四、王五"), recusal.args());
        assertEquals("investigation.next.start", InvestigationLifecycle.nextStep(PLANNED, ALL_SIGNED).key());
        assertEquals("investigation.next.approveReport", InvestigationLifecycle.nextStep(REPORT_DRAFTED, ALL_SIGNED).key());
        assertEquals("investigation.next.conclude", InvestigationLifecycle.nextStep(REPORT_APPROVED, ALL_SIGNED).key());
        assertEquals("investigation.next.decide", InvestigationLifecycle.nextStep(CONCLUDED, ALL_SIGNED).key());
    }

    @Test
    void aTitleIsSuggestedFromTheClueSummarysFirstSentence() {
        assertEquals("违规出借资金1200万元", InvestigationDraftService.title("违规出借资金1200万元。对方已无力偿还"));
        assertEquals("", InvestigationDraftService.title(null));
        assertEquals(InvestigationDraftService.MAX_TITLE_FROM_SUMMARY + 1,
                InvestigationDraftService.title("长".repeat(100)).length());
    }

    private static CaseAction only(List<CaseAction> actions) {
        assertEquals(1, actions.size(), actions::toString);
        return actions.get(0);
    }
}
