package com.soegroup.accountability.loss;

import com.soegroup.accountability.investigation.Investigation;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What was recovered of a case's loss items, as the recovery area records it (events net of reversals): the loss
 * reads its recovered figures through this interface, so that it does not import the later area that keeps them.
 * Without an implementation nothing counts as recovered.
 */
public interface LossRecoveries {

    /** The recovered sum of each item of the case, by item id; items with nothing recovered may be absent. */
    Map<Long, BigDecimal> recoveredByItem(Investigation investigation);
}
