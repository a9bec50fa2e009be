package com.soegroup.accountability.clue;

import com.soegroup.accountability.rule.level.LossLevel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The texts a ledger export needs (column headers, title lines, the names of the codes), looked up by the caller
 * in its bundle. Apart from the {@link ClueExport} bean because an enterprise bean may have no static methods.
 */
public final class ClueExportTexts {

    static final String[] COLUMNS = {"clue.export.serial", "clue.field.ledgerNo", "clue.field.receivedOn",
            "clue.field.enterprise", "clue.field.owner", "clue.field.source", "clue.field.persons", "clue.field.summary",
            "clue.field.possibleLoss", "clue.field.level", "clue.field.status", "clue.export.handler", "clue.field.deadline",
            "clue.field.supervision", "clue.supervision.deadline", "clue.overdue", "clue.field.closed"};

    private ClueExportTexts() {
    }

    /** Every text of an export from a bundle by key. */
    public static Map<String, String> of(Function<String, String> bundle) {
        Map<String, String> texts = new HashMap<>();
        for (String key : keys()) {
            texts.put(key, bundle.apply(key));
        }
        return texts;
    }

    private static List<String> keys() {
        List<String> keys = new ArrayList<>(List.of(COLUMNS));
        keys.addAll(List.of("clue.export.title", "clue.export.subtitle", "clue.export.page", "report.pageTotal", "clue.export.yes"));
        for (ClueSource s : ClueSource.values()) {
            keys.add(s.bundleKey());
        }
        for (ClueStatus s : ClueStatus.values()) {
            keys.add(s.bundleKey());
        }
        for (LossLevel l : LossLevel.values()) {
            keys.add("clue.level." + l.name());
        }
        return keys;
    }
}
