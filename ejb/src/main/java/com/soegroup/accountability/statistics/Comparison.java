package com.soegroup.accountability.statistics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A total of the period beside the same days a year before (同比): its name's bundle key, whether it is money,
 * both values and the change in percent (null when the year before had none).
 */
public record Comparison(String code, String labelKey, boolean amount, BigDecimal current, BigDecimal previous)
        implements Serializable {

    public BigDecimal changePercent() {
        if (previous == null || previous.signum() == 0) {
            return null;
        }
        return current.subtract(previous).multiply(BigDecimal.valueOf(100)).divide(previous, 1, RoundingMode.HALF_UP);
    }
}
