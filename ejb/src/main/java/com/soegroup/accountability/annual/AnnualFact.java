package com.soegroup.accountability.annual;

import com.soegroup.accountability.shared.AnnualWorkTopic;

import java.io.Serializable;
import java.math.BigDecimal;

/** A fact of part 二 beside last year's: the heading, its name as printed, the counts and amounts (null: no money). */
public record AnnualFact(AnnualWorkTopic topic, String label, long current, long previous, BigDecimal currentAmount,
                         BigDecimal previousAmount) implements Serializable {
}
