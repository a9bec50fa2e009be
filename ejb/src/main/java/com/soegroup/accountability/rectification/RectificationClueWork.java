package com.soegroup.accountability.rectification;

import com.soegroup.accountability.clue.ClueWork;
import com.soegroup.accountability.clue.OpenWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Close-out (对账销号, workflow.md): a clue stays open while a rectification task of its case is not verified. */
@ApplicationScoped
public class RectificationClueWork implements ClueWork {

    @Inject
    private RectificationRepository rectifications;

    @Override
    public Map<Long, List<OpenWork>> openWork(Collection<Long> clueIds) {
        Map<Long, List<OpenWork>> open = new HashMap<>();
        rectifications.openByClue(clueIds).forEach((clueId, rows) -> open.put(clueId, rows.stream()
                .map(row -> new OpenWork("RECTIFICATION", (String) row[1], "rectification.openWork",
                        List.of((String) row[1], (String) row[2], String.valueOf(row[3]))))
                .toList()));
        return open;
    }
}
