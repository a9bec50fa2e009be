package com.soegroup.accountability.api.portal;

import com.soegroup.accountability.shared.TaskKind;
import com.soegroup.accountability.task.TaskCount;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of /me/tasks and /me/tasks/summary. */
public final class PortalDtos {

    private PortalDtos() {
    }

    /** One piece of open work: what it is, which object, until when, and where in the UI to do it. */
    public record Task(@Schema(implementation = TaskKind.class) String kind, String object, String title,
                       @Schema(description = "deadline, or null when no rule sets one") LocalDate due, boolean overdue,
                       String link) {
    }

    /** How many tasks of a kind wait, and how many of them are overdue. */
    public record KindCount(@Schema(implementation = TaskKind.class) String kind, int count, int overdue) {

        static KindCount of(TaskCount c) {
            return new KindCount(c.kind().name(), c.count(), c.overdue());
        }
    }

    /** The counts of the signed-in user's open work, for a portal's badge: in all, overdue, and per kind. */
    public record TaskSummary(int total, int overdue, List<KindCount> kinds) {
    }
}
