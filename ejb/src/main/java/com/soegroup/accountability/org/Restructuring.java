package com.soegroup.accountability.org;

import java.time.LocalDate;

/**
 * A change of the tree: {@code MOVED} under {@code targetCode} (the new parent), {@code MERGED} into
 * {@code targetCode} (the enterprise absorbing it), or {@code CLOSED} (no target), from {@code effectiveDate}.
 */
public record Restructuring(EnterpriseChangeKind kind, String targetCode, LocalDate effectiveDate, String reason) {
}
