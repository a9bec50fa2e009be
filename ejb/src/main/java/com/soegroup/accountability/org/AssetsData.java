package com.soegroup.accountability.org;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One year's assets as entered: total (required), net, source and the date the figure was entered. */
public record AssetsData(BigDecimal totalAssets, BigDecimal netAssets, String source, LocalDate enteredOn) {
}
