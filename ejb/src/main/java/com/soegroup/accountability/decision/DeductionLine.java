package com.soegroup.accountability.decision;

import com.soegroup.accountability.rule.payback.DeductionSource;

import java.io.Serializable;
import java.math.BigDecimal;

public record DeductionLine(DeductionSource source, BigDecimal amount, String reference) implements Serializable {
}
