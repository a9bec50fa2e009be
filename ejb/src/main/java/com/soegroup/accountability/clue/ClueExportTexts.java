package com.soegroup.accountability.clue;

import com.soegroup.accountability.rule.level.LossLevel;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The texts a ledger export needs (column headers, title lines, the names of the codes, the filter as a sentence),
 * looked up by the caller in its bundle. Apart from the {@link ClueExport} bean because an enterprise bean may have no static methods.
 */
public final class ClueExportTexts {

    static final String[] COLUMNS = {"clue.export.serial", "clue.field.ledgerNo", "clue.field.receivedOn",
            "clue.field.enterprise", "clue.field.owner", "clue.field.source", "clue.field.persons", "clue.field.summary",
            "clue.field.possibleLoss", "clue.field.level", "clue.field.status", "clue.export.handler", "clue.field.deadline",
            "clue.field.supervision", "clue.supervision.deadline", "clue.overdue", "clue.field.closed",
            "clue.field.circumstances"};

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
        keys.addAll(FILTER_KEYS);
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

    /** The bundle keys of the filter sentence. */
    static final List<String> FILTER_KEYS = List.of("clue.export.filter.none", "clue.export.filter.separator",
            "clue.export.filter.and", "clue.export.filter.enterprise", "clue.export.filter.withSubsidiaries",
            "clue.export.filter.status", "clue.export.filter.source", "clue.export.filter.receivedBetween",
            "clue.export.filter.receivedFrom", "clue.export.filter.receivedTo", "clue.export.filter.supervised",
            "clue.export.filter.notSupervised", "clue.export.filter.overdue", "clue.export.filter.level",
            "clue.export.filter.text", "clue.export.filter.area");

    /**
     * The filter as a sentence people read on the export: 单位：示范建设设计院有限公司（含下属企业）；来源：信访举报；关键词：预付.
     * Names and texts come from {@code t} (the bundle) and {@code enterpriseName}; no code is shown.
     */
    public static String filterSentence(ClueFilter filter, Function<String, String> t, Function<String, String> enterpriseName) {
        ClueFilter f = filter == null ? ClueFilter.ALL : filter;
        List<String> parts = new ArrayList<>();
        String and = t.apply("clue.export.filter.and");
        if (f.enterprise() != null && !f.enterprise().isBlank()) {
            String name = enterpriseName.apply(f.enterprise().strip());
            parts.add(MessageFormat.format(t.apply("clue.export.filter.enterprise"), f.subsidiaries()
                    ? MessageFormat.format(t.apply("clue.export.filter.withSubsidiaries"), name) : name));
        }
        if (!f.statuses().isEmpty()) {
            parts.add(MessageFormat.format(t.apply("clue.export.filter.status"), String.join(and,
                    f.statuses().stream().sorted().map(x -> t.apply(x.bundleKey())).toList())));
        }
        if (!f.sources().isEmpty()) {
            parts.add(MessageFormat.format(t.apply("clue.export.filter.source"), String.join(and,
                    f.sources().stream().sorted().map(x -> t.apply(x.bundleKey())).toList())));
        }
        if (f.receivedFrom() != null && f.receivedTo() != null) {
            parts.add(MessageFormat.format(t.apply("clue.export.filter.receivedBetween"), f.receivedFrom().toString(),
                    f.receivedTo().toString()));
        } else if (f.receivedFrom() != null) {
            parts.add(MessageFormat.format(t.apply("clue.export.filter.receivedFrom"), f.receivedFrom().toString()));
        } else if (f.receivedTo() != null) {
            parts.add(MessageFormat.format(t.apply("clue.export.filter.receivedTo"), f.receivedTo().toString()));
        }
        if (f.supervised() != null) {
            parts.add(t.apply(f.supervised() ? "clue.export.filter.supervised" : "clue.export.filter.notSupervised"));
        }
        if (f.overdueOnly()) {
            parts.add(t.apply("clue.export.filter.overdue"));
        }
        if (f.level() != null) {
            parts.add(MessageFormat.format(t.apply("clue.export.filter.level"), t.apply("clue.level." + f.level().name())));
        }
        if (f.area() != null) {
            parts.add(MessageFormat.format(t.apply("clue.export.filter.area"), t.apply(f.area().bundleKey())));
        }
        if (f.text() != null && !f.text().isBlank()) {
            parts.add(MessageFormat.format(t.apply("clue.export.filter.text"), f.text().strip()));
        }
        return parts.isEmpty() ? t.apply("clue.export.filter.none") : String.join(t.apply("clue.export.filter.separator"), parts);
    }
}
