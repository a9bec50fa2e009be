package com.soegroup.accountability.investigation;

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

/** Close-out (对账销号): a clue stays open while an investigation opened from it is not concluded. */
@ApplicationScoped
public class InvestigationClueWork implements ClueWork {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Map<Long, List<OpenWork>> openWork(Collection<Long> clueIds) {
        Map<Long, List<OpenWork>> open = new HashMap<>();
        if (clueIds.isEmpty()) {
            return open;
        }
        List<Object[]> rows = em.createQuery("SELECT c, i.caseNo, i.status FROM Investigation i JOIN i.clueIds c "
                        + "WHERE c IN :ids AND i.status <> :done", Object[].class)
                .setParameter("ids", clueIds).setParameter("done", InvestigationStatus.CONCLUDED).getResultList();
        for (Object[] row : rows) {
            open.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(new OpenWork("INVESTIGATION", (String) row[1],
                    "investigation.openWork", List.of((String) row[1], ((InvestigationStatus) row[2]).name())));
        }
        return open;
    }
}
