package com.soegroup.accountability.org;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One year's assets of an enterprise, as shown and served. */
public record AssetsYear(int year, BigDecimal totalAssets, BigDecimal netAssets, String source, LocalDate enteredOn,
                         String enteredBy, int version) implements Serializable {

    static AssetsYear of(EnterpriseAssets a) {
        return new AssetsYear(a.year(), a.totalAssets(), a.netAssets(), a.source(), a.enteredOn(), a.enteredBy(), a.version());
    }
}
