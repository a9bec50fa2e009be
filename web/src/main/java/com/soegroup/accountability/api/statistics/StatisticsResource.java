package com.soegroup.accountability.api.statistics;

import com.soegroup.accountability.api.ApiMessages;
import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.statistics.Statistics;
import com.soegroup.accountability.statistics.StatisticsFilter;
import com.soegroup.accountability.statistics.StatisticsService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Set;

/**
 * {@code GET /statistics}: the dashboard's figures for other systems and the reports, from the same service. LEADER,
 * OFFICE and AUDITOR, within their scope, without the cases they are involved in.
 */
@Path("statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    /** The breakdowns {@code by=} adds to the groups and the year-over-year totals. */
    public enum Breakdown { MONTH, ENTERPRISE }

    @EJB
    private StatisticsService statistics;

    @Context
    private HttpServletRequest request;

    @GET
    @RolesAllowed({Role.R_LEADER, Role.R_OFFICE, Role.R_AUDITOR})
    @Operation(summary = "The figures of a period (from, to: YYYY-MM-DD, default the year so far, at most 36 months) and "
            + "an enterprise's subtree (enterprise: code, default the caller's own; outside the scope 404), counted by "
            + "handling unit: clues by source, level and status, cases opened/concluded/on time/late/open past the "
            + "handling period, losses determined by level, people held accountable by measure, responsibility and level "
            + "of post, fault tolerance by outcome, clues by circumstance area, rectification tasks due in the period "
            + "(on time, late, overdue, pending; by measure), loss recovery (determined, recovered, outstanding), incident "
            + "report stages (sent on time, sent late, overdue), each with the list behind it; the totals beside the same "
            + "days a year before; by=MONTH adds the months, by=ENTERPRISE the subsidiaries' assessment indicators (repeated or "
            + "comma-separated; both when absent)")
    public StatisticsDtos.StatisticsDto figures(@QueryParam("from") String from, @QueryParam("to") String to,
                                                @QueryParam("enterprise") String enterprise,
                                                @QueryParam("by") List<String> by) {
        StatisticsFilter filter = new StatisticsFilter(ApiValues.date("from", from), ApiValues.date("to", to),
                enterprise == null || enterprise.isBlank() ? null : enterprise.strip());
        Set<Breakdown> breakdowns = ApiValues.codes(Breakdown.class, "by", by);
        boolean all = breakdowns.isEmpty();
        Statistics figures = statistics.figures(filter);
        return StatisticsDtos.StatisticsDto.of(figures, all || breakdowns.contains(Breakdown.MONTH),
                all || breakdowns.contains(Breakdown.ENTERPRISE), ApiMessages.bundle(ApiMessages.choose(request)));
    }
}
