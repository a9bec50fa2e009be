package com.soegroup.accountability.recovery;

import com.soegroup.accountability.investigation.Investigation;
import com.soegroup.accountability.loss.LossRecoveries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.Map;

/** The loss items' recovered figures are the sums of their recovery events. */
@ApplicationScoped
public class RecoveryLossRecoveries implements LossRecoveries {

    @Inject
    private RecoveryRepository recoveries;

    @Override
    public Map<Long, BigDecimal> recoveredByItem(Investigation investigation) {
        return recoveries.recoveredByItem(investigation);
    }
}
