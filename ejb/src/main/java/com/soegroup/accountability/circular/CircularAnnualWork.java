package com.soegroup.accountability.circular;

import com.soegroup.accountability.shared.AnnualWorkFact;
import com.soegroup.accountability.shared.AnnualWorkSource;
import com.soegroup.accountability.shared.AnnualWorkTopic;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The circulars' part of the annual report (通报警示): warning circulars and handling results published in the year by
 * the subtree's enterprises, and how often they were opened by their recipients.
 */
@Stateless
public class CircularAnnualWork implements AnnualWorkSource {

    @Inject
    private CircularRepository circulars;

    @Inject
    private Clock clock;

    @Override
    // whoever the annual report lets read it: the counts take the case roles' scope and recusal, others count nothing
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public List<AnnualWorkFact> facts(Scope scope, String enterprisePath, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        long warnings = circulars.publishedIn(scope, enterprisePath, CircularKind.WARNING, from, to);
        long results = circulars.publishedIn(scope, enterprisePath, CircularKind.RESULT, from, to);
        long reads = circulars.readsIn(scope, enterprisePath, from.atStartOfDay(clock.getZone()).toInstant(),
                from.plusYears(1).atStartOfDay(clock.getZone()).toInstant());
        return List.of(new AnnualWorkFact(AnnualWorkTopic.CIRCULARS, CircularAccess.text("annual.warnings"), warnings, null),
                new AnnualWorkFact(AnnualWorkTopic.CIRCULARS, CircularAccess.text("annual.results"), results, null),
                new AnnualWorkFact(AnnualWorkTopic.CIRCULARS, CircularAccess.text("annual.reads"), reads, null));
    }
}
