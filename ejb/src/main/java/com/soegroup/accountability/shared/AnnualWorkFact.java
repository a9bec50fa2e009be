package com.soegroup.accountability.shared;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One counted fact of a year's work for the annual report's part 二, e.g. "开展自查专项行动 3 次": the heading it
 * belongs under, its name as the report prints it (Chinese, from the contributing area's own bundle), the count,
 * and an amount in yuan where the fact is money (else null).
 */
public record AnnualWorkFact(AnnualWorkTopic topic, String label, long count, BigDecimal amount) implements Serializable {
}
