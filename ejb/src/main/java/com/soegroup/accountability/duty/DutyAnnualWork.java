package com.soegroup.accountability.duty;

import com.soegroup.accountability.shared.AnnualWorkFact;
import com.soegroup.accountability.shared.AnnualWorkSource;
import com.soegroup.accountability.shared.AnnualWorkTopic;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The duty records' part of the annual report (重大决策事项履职记录): confirmed records in force of the year's meetings,
 * the meetings they came from, and the dissenting and abstaining opinions recorded, in the subtree and the scope.
 */
@Stateless
public class DutyAnnualWork implements AnnualWorkSource {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("com.soegroup.accountability.duty.annual", Locale.ROOT);

    @Inject
    private DutyRecordRepository records;

    @Override
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public List<AnnualWorkFact> facts(Scope scope, String enterprisePath, int year) {
        long[] f = records.yearFigures(scope, enterprisePath, year);
        return List.of(fact("annual.records", f[0]), fact("annual.meetings", f[1]), fact("annual.dissents", f[2]),
                fact("annual.abstentions", f[3]));
    }

    private static AnnualWorkFact fact(String key, long count) {
        return new AnnualWorkFact(AnnualWorkTopic.DUTY_RECORDS, TEXTS.getString(key), count, null);
    }
}
