package com.soegroup.accountability.calendar;

import com.soegroup.accountability.shared.table.Table;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The calendar file (xlsx or CSV, columns 日期, 类型, 名称): reads every row and names each wrong one, so that a file
 * is taken whole or not at all. Plain Java, unit-tested.
 */
final class CalendarRows {

    static final List<String> HEADERS = List.of("日期", "类型", "名称");
    static final int MAX_NAME = 100;

    private CalendarRows() {
    }

    /** A file to fill in, with the header and two example rows (UTF-8 with the mark Excel looks for). */
    static byte[] template(int year) {
        String text = "\uFEFF" + String.join(",", HEADERS) + "\r\n"
                + year + "-01-01,放假,元旦\r\n"
                + year + "-02-14,上班,春节调休上班\r\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    record Parsed(List<CalendarDayData> days, List<CalendarImportError> errors) {
    }

    static Parsed parse(Table table, int year) {
        List<CalendarImportError> errors = new ArrayList<>();
        List<CalendarDayData> days = new ArrayList<>();
        List<String> headers = table.headers().stream().map(String::strip).toList();
        if (headers.size() < HEADERS.size() || !headers.subList(0, HEADERS.size()).equals(HEADERS)) {
            errors.add(new CalendarImportError(1, "calendar.import.headers", List.of(String.join("、", HEADERS))));
            return new Parsed(days, errors);
        }
        if (table.rows().isEmpty()) {
            errors.add(new CalendarImportError(2, "calendar.import.empty", List.of()));
        }
        Set<LocalDate> seen = new HashSet<>();
        for (Table.Row row : table.rows()) {
            int before = errors.size();
            LocalDate day = null;
            String dateText = row.cell(0).strip();
            try {
                day = LocalDate.parse(dateText.replace('/', '-'));
            } catch (DateTimeParseException e) {
                errors.add(new CalendarImportError(row.number(), "calendar.import.date", List.of(dateText)));
            }
            DayKind kind = kind(row.cell(1));
            if (kind == null) {
                errors.add(new CalendarImportError(row.number(), "calendar.import.kind", List.of(row.cell(1).strip())));
            }
            String name = row.cell(2).strip();
            if (name.isEmpty()) {
                errors.add(new CalendarImportError(row.number(), "calendar.import.name", List.of()));
            } else if (name.codePointCount(0, name.length()) > MAX_NAME) {
                errors.add(new CalendarImportError(row.number(), "calendar.import.nameLong", List.of(MAX_NAME)));
            }
            if (day != null) {
                if (day.getYear() != year) {
                    errors.add(new CalendarImportError(row.number(), "calendar.import.otherYear", List.of(day.toString(), year)));
                } else if (!seen.add(day)) {
                    errors.add(new CalendarImportError(row.number(), "calendar.import.duplicate", List.of(day.toString())));
                } else if (kind == DayKind.WORKDAY && !weekend(day)) {
                    errors.add(new CalendarImportError(row.number(), "calendar.import.weekdayWorked", List.of(day.toString())));
                }
            }
            if (errors.size() == before) {
                days.add(new CalendarDayData(day, kind, name));
            }
        }
        return new Parsed(days, errors);
    }

    static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** 放假/休/假日 or 上班/班/调休上班, as offices write them; the codes too. */
    private static DayKind kind(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        return switch (t) {
            case "放假", "休", "休息", "假日", "节假日", "HOLIDAY" -> DayKind.HOLIDAY;
            case "上班", "班", "调休上班", "补班", "WORKDAY" -> DayKind.WORKDAY;
            default -> null;
        };
    }
}
