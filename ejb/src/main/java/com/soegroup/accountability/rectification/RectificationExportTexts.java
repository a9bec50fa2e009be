package com.soegroup.accountability.rectification;

import com.soegroup.accountability.rule.BundleKeyed;

import java.util.ArrayList;
import java.util.List;

/** The bundle keys a board export reads, for the caller to look up in its language (apart from the bean). */
public final class RectificationExportTexts {

    private RectificationExportTexts() {
    }

    /** Every bundle key an export reads, for the caller to look up in its language. */
    public static List<String> textKeys() {
        List<String> keys = new ArrayList<>(List.of(RectificationExport.COLUMNS));
        keys.addAll(List.of("rectification.export.title", "clue.export.subtitle", "clue.export.filter.none",
                "clue.export.filter.separator", "clue.export.filter.and", "clue.export.filter.enterprise",
                "clue.export.filter.withSubsidiaries", "clue.export.filter.status", "clue.export.filter.source",
                "clue.export.filter.overdue", "clue.export.filter.text", "rectification.export.daysLate"));
        for (Enum<?>[] codes : List.<Enum<?>[]>of(RectificationStatus.values(), RectificationSource.values(),
                RectificationMeasure.values())) {
            for (Enum<?> code : codes) {
                keys.add(((BundleKeyed) code).bundleKey());
            }
        }
        return keys;
    }

}
