package com.soegroup.accountability.web.recovery;

import com.soegroup.accountability.recovery.RecoveryFigures;
import com.soegroup.accountability.recovery.RecoveryService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A case's recovery figures for a page of another area (the case page's loss panel includes
 * {@code WEB-INF/includes/recovery-figures.xhtml}): read once per request and case, null when the caller may not
 * read them or the loss is not determined yet, so that the case page's view imports nothing of this area.
 */
@Named("recoveryFigures")
@RequestScoped
public class CaseRecoveryFigures {

    @EJB
    private RecoveryService recoveries;

    private final Map<String, Optional<RecoveryFigures>> read = new HashMap<>();

    public RecoveryFigures of(String caseNo) {
        return read.computeIfAbsent(caseNo, no -> recoveries.figures(no)).orElse(null);
    }
}
