package com.soegroup.accountability.inspection;

import java.util.ArrayList;
import java.util.List;

/** The bundle keys a campaign's export reads, for the caller to look up in its language (apart from the bean). */
public final class CampaignExportTexts {

    private CampaignExportTexts() {
    }

    public static List<String> textKeys() {
        List<String> keys = new ArrayList<>(List.of(CampaignExport.COLUMNS));
        keys.addAll(List.of("inspection.export.title", "inspection.export.subtitle", "inspection.export.daysLate"));
        for (SheetStatus s : SheetStatus.values()) {
            keys.add(s.bundleKey());
        }
        for (CampaignStatus s : CampaignStatus.values()) {
            keys.add(s.bundleKey());
        }
        return keys;
    }
}
