package com.soegroup.accountability.training;

import java.util.ArrayList;
import java.util.List;

/** The bundle keys the training list's export reads, for the caller to look up in its language (apart from the bean). */
public final class TrainingExportTexts {

    private TrainingExportTexts() {
    }

    public static List<String> textKeys() {
        List<String> keys = new ArrayList<>(List.of(TrainingExport.COLUMNS));
        keys.addAll(List.of("training.export.title", "training.export.subtitle"));
        return keys;
    }
}
