package com.soegroup.accountability.calendar;

import com.soegroup.accountability.shared.table.Table;
import com.soegroup.accountability.shared.table.TableReader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CalendarRowsTest {

    private static Table table(String csv) throws Exception {
        return TableReader.read(csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theTemplateReadsBackAsItsTwoDays() throws Exception {
        CalendarRows.Parsed parsed = CalendarRows.parse(TableReader.read(CalendarRows.template(2026)), 2026);
        assertEquals(List.of(), parsed.errors());
        assertEquals(List.of(new CalendarDayData(LocalDate.of(2026, 1, 1), DayKind.HOLIDAY, "元旦"),
                new CalendarDayData(LocalDate.of(2026, 2, 14), DayKind.WORKDAY, "春节调休上班")), parsed.days());
    }

    @Test
    void everyBadRowIsNamedWithItsReason() throws Exception {
        CalendarRows.Parsed parsed = CalendarRows.parse(table("""
                日期,类型,名称
                2026-02-15,放假,春节
                2026-02-31,放假,春节
                2027-01-01,放假,元旦
                2026-02-15,放假,春节
                2026-02-16,休假吧,春节
                2026-02-17,放假,
                2026-02-24,上班,春节调休上班
                """), 2026);
        assertEquals(List.of(3, 4, 5, 6, 7, 8), parsed.errors().stream().map(CalendarImportError::row).toList());
        assertEquals(List.of("calendar.import.date", "calendar.import.otherYear", "calendar.import.duplicate",
                        "calendar.import.kind", "calendar.import.name", "calendar.import.weekdayWorked"),
                parsed.errors().stream().map(CalendarImportError::messageKey).toList());
    }

    @Test
    void aFileWithoutTheHeaderIsRefusedAtRowOne() throws Exception {
        CalendarRows.Parsed parsed = CalendarRows.parse(table("day,kind,name\n2026-01-01,HOLIDAY,x\n"), 2026);
        assertEquals(1, parsed.errors().size());
        assertEquals("calendar.import.headers", parsed.errors().get(0).messageKey());
        assertTrue(parsed.days().isEmpty());
    }
}
