package com.soegroup.accountability.api.calendar;

import com.soegroup.accountability.api.ApiRequest;
import com.soegroup.accountability.api.JsonInput;
import com.soegroup.accountability.calendar.CalendarDayData;
import com.soegroup.accountability.calendar.CalendarYearDetail;
import com.soegroup.accountability.calendar.DayKind;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The records of {@code /calendar/{year}}. */
public final class CalendarDtos {

    private CalendarDtos() {
    }

    /** A holiday (HOLIDAY) or a weekend day worked in exchange (WORKDAY, 调休上班). */
    @Schema(name = "CalendarDay")
    public record Day(@Schema(required = true) LocalDate day, @Schema(required = true) DayKind kind,
                      @Schema(required = true) @Size(max = 100) String name) {
        static Day read(JsonInput in) {
            return new Day(in.date("day", true), in.code("kind", DayKind.class, true), in.untrimmed("name"));
        }

        CalendarDayData data() {
            return new CalendarDayData(day, kind, name);
        }
    }

    /**
     * A year of the calendar. {@code kept} false: nobody has entered it, deadlines in it count Monday to Friday
     * ({@code source} null, no days, {@code version} -1).
     */
    @JsonbNillable
    @JsonbPropertyOrder({"year", "kept", "source", "updatedBy", "updatedAt", "days", "version"})
    @Schema(name = "CalendarYear")
    public record Year(int year, boolean kept, String source, String updatedBy, Instant updatedAt, List<Day> days,
                       int version) {
        static Year of(CalendarYearDetail d) {
            return new Year(d.year(), d.kept(), d.source(), d.updatedBy(), d.updatedAt(),
                    d.days().stream().map(x -> new Day(x.day(), x.kind(), x.name())).toList(), d.version());
        }
    }

    /** The whole year: its notice (name and number) and every special day; {@code version} -1 for a new year. */
    @Schema(name = "CalendarYearRequest")
    public record YearRequest(@Schema(required = true) @Size(max = 300) String source,
                              @Schema(required = true) List<Day> days,
                              @Schema(required = true) Integer version) implements ApiRequest {
        static YearRequest read(JsonInput in) {
            return new YearRequest(in.untrimmed("source"), in.objects("days", true, Day::read), in.integer("version"));
        }
    }

    /** The multipart form of an import: the file (xlsx or CSV: 日期, 类型, 名称), the notice, the version read. */
    @Schema(name = "CalendarImportForm")
    public record ImportForm(@Schema(required = true) byte[] file, @Schema(required = true) String source,
                             @Schema(required = true) Integer version) {
    }

    @Schema(name = "CalendarImportRowError")
    public record RowError(int row, String reason) {
    }

    /** The api.md error body, with every bad row of the file. */
    @JsonbPropertyOrder({"error", "message", "field", "rows"})
    @Schema(name = "CalendarImportRejected")
    public record Rejected(String error, String message, String field, List<RowError> rows) {
    }

    /** The day {@code workingDays} working days after {@code from}. */
    @Schema(name = "WorkingDayDeadline")
    public record Deadline(LocalDate from, int workingDays, LocalDate due) {
    }
}
