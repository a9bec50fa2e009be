package com.soegroup.accountability.decision;

import com.soegroup.accountability.clue.ClueWork;
import com.soegroup.accountability.clue.OpenWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Close-out (对账销号, workflow.md): a clue stays open while a decision of an investigation opened from it is not
 * executed (unless an appeal's result ended it), or while an appeal against one is not resolved.
 */
@ApplicationScoped
public class DecisionClueWork implements ClueWork {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Map<Long, List<OpenWork>> openWork(Collection<Long> clueIds) {
        Map<Long, List<OpenWork>> open = new HashMap<>();
        if (clueIds.isEmpty()) {
            return open;
        }
        List<Object[]> rows = em.createNativeQuery("SELECT ic.clue_id, d.decision_no, d.status, "
                        + "EXISTS (SELECT 1 FROM decision_appeal a WHERE a.decision_id = d.id AND a.status = 'FILED') "
                        + "FROM investigation_clue ic JOIN decision d ON d.investigation_id = ic.investigation_id "
                        + "WHERE ic.clue_id IN (:ids) AND ((d.status <> 'EXECUTED' AND d.ended_on IS NULL) "
                        + "OR EXISTS (SELECT 1 FROM decision_appeal a WHERE a.decision_id = d.id AND a.status = 'FILED'))",
                Object[].class).setParameter("ids", clueIds).getResultList();
        for (Object[] row : rows) {
            long clueId = ((Number) row[0]).longValue();
            boolean appeal = Boolean.TRUE.equals(row[3]);
            open.computeIfAbsent(clueId, k -> new ArrayList<>()).add(new OpenWork("DECISION", (String) row[1],
                    appeal ? "decision.openWork.appeal" : "decision.openWork", List.of((String) row[1], (String) row[2])));
        }
        return open;
    }
}
