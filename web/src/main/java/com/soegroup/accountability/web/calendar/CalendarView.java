package com.soegroup.accountability.web.calendar;

import com.soegroup.accountability.calendar.CalendarDayData;
import com.soegroup.accountability.calendar.CalendarImportError;
import com.soegroup.accountability.calendar.CalendarImportResult;
import com.soegroup.accountability.calendar.CalendarService;
import com.soegroup.accountability.calendar.CalendarYearDetail;
import com.soegroup.accountability.calendar.DayKind;
import com.soegroup.accountability.web.shell.Pages;
import com.soegroup.accountability.web.shell.ShellView;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The working-day calendar of a year (calendar/calendar.xhtml?year=): twelve month grids with the holidays and the
 * weekend days worked, the notice they follow; for ADMIN the editing of one day, the whole year's notice, and the
 * import of a file. A year not kept is shown as Monday to Friday, with the warning.
 */
@Named
@ViewScoped
public class CalendarView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CalendarService calendar;

    @Inject
    private ShellView shell;

    private Integer year;
    private CalendarYearDetail detail;
    private String source;
    private LocalDate day;
    private DayKind kind;
    private String name;
    private List<Row> errors = List.of();

    /** One cell of a month grid; {@code day} null for the blanks before the first and after the last day. */
    public record Cell(LocalDate day, String style, String name) implements Serializable {
        public int getNumber() {
            return day == null ? 0 : day.getDayOfMonth();
        }
    }

    /** A month as weeks of seven cells, Monday first. */
    public record Month(int month, List<List<Cell>> weeks) implements Serializable {
    }

    /** A refused row of an imported file, its reason in the user's language. */
    public record Row(int row, String reason) implements Serializable {
    }

    public void load() {
        if (year == null) {
            year = calendar.today().getYear();
        }
        detail = calendar.year(year);
        source = detail.source();
    }

    public List<Month> getMonths() {
        Map<LocalDate, CalendarDayData> special = new HashMap<>();
        detail.days().forEach(d -> special.put(d.day(), d));
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth ym = YearMonth.of(year, m);
            List<List<Cell>> weeks = new ArrayList<>();
            List<Cell> week = new ArrayList<>();
            for (int blank = 1; blank < ym.atDay(1).getDayOfWeek().getValue(); blank++) {
                week.add(new Cell(null, "app-cal-blank", ""));
            }
            for (int d = 1; d <= ym.lengthOfMonth(); d++) {
                LocalDate date = ym.atDay(d);
                week.add(cell(date, special.get(date)));
                if (week.size() == 7) {
                    weeks.add(week);
                    week = new ArrayList<>();
                }
            }
            if (!week.isEmpty()) {
                while (week.size() < 7) {
                    week.add(new Cell(null, "app-cal-blank", ""));
                }
                weeks.add(week);
            }
            months.add(new Month(m, weeks));
        }
        return months;
    }

    private static Cell cell(LocalDate date, CalendarDayData special) {
        if (special != null) {
            return new Cell(date, special.kind() == DayKind.HOLIDAY ? "app-cal-holiday" : "app-cal-workday", special.name());
        }
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        return new Cell(date, weekend ? "app-cal-weekend" : "app-cal-normal", "");
    }

    /** Chooses a day of the grid for editing, with what it is now. */
    public void pick(LocalDate picked) {
        day = picked;
        CalendarDayData special = detail.days().stream().filter(d -> d.day().equals(picked)).findFirst().orElse(null);
        kind = special == null ? null : special.kind();
        name = special == null ? null : special.name();
    }

    public void saveDay() {
        detail = calendar.setDay(year, detail.version(), day, kind, name);
        Pages.info("calendar.day.saved", day.toString());
        day = null;
        kind = null;
        name = null;
    }

    public void saveSource() {
        detail = calendar.save(year, detail.version(), source, detail.days());
        source = detail.source();
        Pages.info("calendar.saved", year);
    }

    public void upload(FileUploadEvent event) {
        errors = List.of();
        CalendarImportResult result = calendar.importFile(year, detail.version(), source, event.getFile().getContent());
        if (result.saved()) {
            detail = calendar.year(year);
            Pages.info("calendar.import.saved", year, result.rows());
        } else {
            errors = result.errors().stream().map(CalendarView::row).toList();
            Pages.error("calendar.import.rejected", errors.size());
        }
    }

    private static Row row(CalendarImportError e) {
        return new Row(e.row(), Pages.text(e.messageKey(), e.arguments().toArray()));
    }

    public StreamedContent getTemplate() {
        byte[] content = calendar.template(year);
        return DefaultStreamedContent.builder().name("calendar-" + year + ".csv").contentType("text/csv")
                .stream(() -> new ByteArrayInputStream(content)).build();
    }

    public boolean isAdmin() {
        return shell.has("ADMIN");
    }

    public DayKind[] getKinds() {
        return DayKind.values();
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public CalendarYearDetail getDetail() { return detail; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public DayKind getKind() { return kind; }
    public void setKind(DayKind kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public List<Row> getErrors() { return errors; }
}
