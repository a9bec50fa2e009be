package com.soegroup.accountability.inspection;

import com.soegroup.accountability.shared.AnnualWorkFact;
import com.soegroup.accountability.shared.AnnualWorkSource;
import com.soegroup.accountability.shared.AnnualWorkTopic;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Self-inspection's part of the annual report (自查自纠): of the campaigns launched in the year, how many, how many
 * enterprises of the subtree answered (handed a sheet in), the problems they found and the clues raised from them.
 * Counted over the sheets of enterprises in the subtree and the caller's scope, with SQL aggregates only.
 */
@Stateless
public class CampaignAnnualWork implements AnnualWorkSource {

    static final ResourceBundle TEXTS = ResourceBundle.getBundle("com.soegroup.accountability.inspection.annual", Locale.ROOT);

    @PersistenceContext
    private EntityManager em;

    @Override
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR})
    public List<AnnualWorkFact> facts(Scope scope, String enterprisePath, int year) {
        Scope.Condition within = scope.within("e.path");
        Object[] row = (Object[]) within.bind(em.createNativeQuery("SELECT count(DISTINCT s.campaign_id), "
                        + "count(DISTINCT s.id) FILTER (WHERE s.status IN ('SUBMITTED', 'ACCEPTED')), "
                        + "count(a.id) FILTER (WHERE a.result = 'PROBLEM'), count(a.clue_ledger_no) "
                        + "FROM campaign c JOIN campaign_sheet s ON s.campaign_id = c.id JOIN enterprise e ON e.id = s.enterprise_id "
                        + "LEFT JOIN campaign_answer a ON a.sheet_id = s.id "
                        + "WHERE c.campaign_year = :year AND e.path LIKE :subtree AND " + within))
                .setParameter("year", year).setParameter("subtree", (enterprisePath == null ? "" : enterprisePath) + "%")
                .getSingleResult();
        return List.of(fact("annual.launched", row[0]), fact("annual.enterprises", row[1]),
                fact("annual.problems", row[2]), fact("annual.clues", row[3]));
    }

    private static AnnualWorkFact fact(String key, Object count) {
        return new AnnualWorkFact(AnnualWorkTopic.SELF_INSPECTION, TEXTS.getString(key), ((Number) count).longValue(), null);
    }
}
