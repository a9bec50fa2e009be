package com.soegroup.accountability.api.portal;

import com.soegroup.accountability.clue.ClueTask;
import com.soegroup.accountability.decision.DecisionTask;

import java.time.LocalDate;

/** The JSON shape of /me/tasks. */
public final class PortalDtos {

    private PortalDtos() {
    }

    /** One piece of open work: what it is, which object, until when, and where in the UI to do it. */
    public record Task(String kind, String object, String title, LocalDate due, boolean overdue, String link) {
        static Task of(DecisionTask t) {
            return new Task(t.kind().name(), t.decisionNo(), t.decisionNo() + " " + t.name(), t.since(), false,
                    "/accountability/decision/decision.xhtml?no=" + t.decisionNo());
        }

        static Task of(ClueTask t) {
            return new Task(t.kind(), t.ledgerNo(), t.enterpriseCode() + " " + t.summary(), t.due(), t.overdue(),
                    "/accountability/clue/detail.xhtml?no=" + t.ledgerNo());
        }
    }
}
