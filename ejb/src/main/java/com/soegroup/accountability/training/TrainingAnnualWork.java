package com.soegroup.accountability.training;

import com.soegroup.accountability.shared.AnnualWorkFact;
import com.soegroup.accountability.shared.AnnualWorkSource;
import com.soegroup.accountability.shared.AnnualWorkTopic;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Training's part of the annual report (业务培训): courses held in the year by enterprises of the subtree and the
 * caller's scope, participants (people of the master data plus external ones, 人次) and hours, with SQL aggregates.
 */
@Stateless
public class TrainingAnnualWork implements AnnualWorkSource {

    static final ResourceBundle TEXTS = ResourceBundle.getBundle("com.soegroup.accountability.training.annual", Locale.ROOT);

    @PersistenceContext
    private EntityManager em;

    @Override
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR})
    public List<AnnualWorkFact> facts(Scope scope, String enterprisePath, int year) {
        Scope.Condition within = scope.within("e.path");
        Object[] row = (Object[]) within.bind(em.createNativeQuery("SELECT count(*), "
                        + "coalesce(sum(t.external_participants + (SELECT count(*) FROM training_participant p WHERE p.training_id = t.id)), 0), "
                        + "coalesce(sum(t.hours), 0) "
                        + "FROM training t JOIN enterprise e ON e.id = t.organiser_enterprise_id "
                        + "WHERE t.held_on >= make_date(:year, 1, 1) AND t.held_on < make_date(:year + 1, 1, 1) "
                        + "AND e.path LIKE :subtree AND " + within))
                .setParameter("year", year).setParameter("subtree", (enterprisePath == null ? "" : enterprisePath) + "%")
                .getSingleResult();
        BigDecimal hours = new BigDecimal(row[2].toString()).setScale(0, RoundingMode.HALF_UP);
        return List.of(fact("annual.courses", ((Number) row[0]).longValue()),
                fact("annual.participants", ((Number) row[1]).longValue()),
                fact("annual.hours", hours.longValue()));
    }

    private static AnnualWorkFact fact(String key, long count) {
        return new AnnualWorkFact(AnnualWorkTopic.TRAINING, TEXTS.getString(key), count, null);
    }
}
