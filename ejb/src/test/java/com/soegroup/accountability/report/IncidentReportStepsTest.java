package com.soegroup.accountability.report;

import com.soegroup.accountability.rule.RuleInputException;
import com.soegroup.accountability.rule.level.LossLevel;
import com.soegroup.accountability.rule.set.ReportingClocks;
import com.soegroup.accountability.rule.set.RuleSetJson;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stages of a one-event-one-report and who may take each step: the office drafts and sends, the leader approves
 * and decides the one extension; each sending opens the next stage, and after the preliminary-check report the
 * report waits for progress. Actions appear only when they can succeed, with the reason when the step is another's.
 */
class IncidentReportStepsTest {

    private static final ReportingClocks MUNICIPAL = new ReportingClocks(5, 15, 30, 30, "淄博2022（待核）", false);
    private static final Scope OFFICE = scope(Role.OFFICE);
    private static final Scope LEADER = scope(Role.LEADER);

    private static Scope scope(Role role) {
        return new Scope(role.name().toLowerCase(), Set.of(role), "YBJT", Map.of("YBJT", "/1/"), null);
    }

    private static IncidentReport report() {
        return new IncidentReport("YBJT-BG-2026-0001", 2026, 1, null, 1L, null, LossLevel.LARGER, IncidentTrigger.CLUE_LEVEL, null,
                LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 6), "office");
    }

    @Test
    void eachSendingOpensTheNextStageAndProgressReportsWaitForNews() {
        IncidentReport r = report();
        assertEquals(IncidentKind.FLASH, r.kind());
        assertEquals(IncidentState.DRAFTING, r.state());
        r.submit();
        r.approve("leader", "同意");
        r.sent();
        assertEquals(IncidentKind.REAL_TIME, r.kind());
        assertEquals(IncidentState.DRAFTING, r.state(), "the real-time report is drafted at once");
        assertNull(r.approvedBy(), "the approval was the flash report's");
        r.submit();
        r.approve("leader", "同意");
        r.sent();
        r.submit();
        r.approve("leader", "同意");
        r.sent();
        assertEquals(IncidentKind.PROGRESS, r.kind());
        assertEquals(IncidentState.SENT, r.state(), "after the preliminary-check report nothing is due until the case moves");
        r.startProgress();
        assertEquals(IncidentState.DRAFTING, r.state());
        r.submit();
        r.approve("leader", "同意");
        r.sent();
        assertEquals(IncidentKind.PROGRESS, r.kind(), "progress reports follow each other");
        assertEquals(IncidentState.SENT, r.state());
    }

    @Test
    void theOfficeDraftsAndTheLeaderApprovesOnlyWhatIsItsTurn() {
        IncidentReport r = report();
        IncidentActions office = IncidentDetails.actions(OFFICE, r, false, MUNICIPAL);
        assertTrue(office.edit());
        assertFalse(office.submit(), "nothing saved yet");
        assertEquals("incident.reason.saveFirst", office.reason());
        assertTrue(office.requestExtension());
        assertTrue(IncidentDetails.actions(OFFICE, r, true, MUNICIPAL).submit());
        IncidentActions leader = IncidentDetails.actions(LEADER, r, true, MUNICIPAL);
        assertFalse(leader.edit() || leader.approve() || leader.send());
        assertEquals("incident.reason.office", leader.reason());

        r.submit();
        assertTrue(IncidentDetails.actions(LEADER, r, true, MUNICIPAL).approve());
        IncidentActions waiting = IncidentDetails.actions(OFFICE, r, true, MUNICIPAL);
        assertFalse(waiting.edit() || waiting.submit() || waiting.approve());
        assertEquals("incident.reason.awaitingLeader", waiting.reason());

        r.approve("leader", "同意");
        assertTrue(IncidentDetails.actions(OFFICE, r, true, MUNICIPAL).send());
        assertFalse(IncidentDetails.actions(LEADER, r, true, MUNICIPAL).send());
    }

    @Test
    void oneExtensionAndOnlyTheApprovedDaysCount() {
        IncidentReport r = report();
        r.requestExtension(10, "需外部审计", "office");
        assertTrue(r.extensionPending());
        assertEquals(0, r.grantedExtensionDays(), "not before it is approved");
        assertFalse(IncidentDetails.actions(OFFICE, r, true, MUNICIPAL).requestExtension(), "one extension");
        assertTrue(IncidentDetails.actions(LEADER, r, true, MUNICIPAL).decideExtension());
        r.decideExtension(true, "leader", "同意");
        assertEquals(10, r.grantedExtensionDays());
        assertFalse(IncidentDetails.actions(LEADER, r, true, MUNICIPAL).decideExtension());

        IncidentReport refused = report();
        refused.requestExtension(10, "需外部审计", "office");
        refused.decideExtension(false, "leader", "理由不充分");
        assertEquals(0, refused.grantedExtensionDays());
        assertFalse(IncidentDetails.actions(OFFICE, report(), true, null).requestExtension(), "no clocks, no extension");
    }

    @Test
    void aHeavierLevelAndTheCaseJoinTheEventButNeverALighterLevel() {
        IncidentReport r = report();
        r.follow(LossLevel.MAJOR, 9L, LocalDate.of(2026, 3, 2));
        assertEquals(LossLevel.MAJOR, r.level());
        assertEquals(9L, r.investigationId());
        assertEquals(LocalDate.of(2026, 3, 2), r.foundOn(), "the earlier day the matter was found");
        r.follow(LossLevel.LARGER, 10L, LocalDate.of(2026, 4, 1));
        assertEquals(LossLevel.MAJOR, r.level(), "a level once reported is not lowered");
        assertEquals(9L, r.investigationId(), "the event's first case stays");
        assertEquals(LocalDate.of(2026, 3, 2), r.foundOn());
    }

    @Test
    void theShippedSetsCarryTheMunicipalDefaultsNotYetReviewed() throws Exception {
        for (String file : new String[] {"/rulesets/yibin-2020.json", "/rulesets/sasac-order46-2026.json"}) {
            try (InputStream in = getClass().getResourceAsStream(file)) {
                ReportingClocks clocks = RuleSetJson.read(in).reporting();
                assertEquals(5, clocks.flashDays(), file);
                assertEquals(15, clocks.realTimeDays(), file);
                assertEquals(30, clocks.preliminaryDays(), file);
                assertEquals(30, clocks.extensionMaxDays(), file);
                assertFalse(clocks.reviewed(), file);
                assertTrue(clocks.source().contains("2018"), file);
            }
        }
    }

    @Test
    void theClocksAscendAndNameTheirSource() {
        assertThrows(RuleInputException.class, () -> new ReportingClocks(15, 5, 30, 30, "x", false));
        assertThrows(RuleInputException.class, () -> new ReportingClocks(0, 15, 30, 30, "x", false));
        assertThrows(RuleInputException.class, () -> new ReportingClocks(5, 15, 30, -1, "x", false));
        assertThrows(RuleInputException.class, () -> new ReportingClocks(5, 15, 30, 30, " ", false));
    }
}
