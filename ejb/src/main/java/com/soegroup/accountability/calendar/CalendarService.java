package com.soegroup.accountability.calendar;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.audit.FieldChange;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.CallerService;
import com.soegroup.accountability.shared.Inputs;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.WorkingDays;
import com.soegroup.accountability.shared.table.Table;
import com.soegroup.accountability.shared.table.TableException;
import com.soegroup.accountability.shared.table.TableReader;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The working-day calendar of each year: read by anyone who sees deadlines, kept by ADMIN — the whole year at once
 * (by hand or from a file) or one day of it. A change names the version it was read at, so two administrators
 * cannot overwrite each other; a file with any wrong row changes nothing. Every change is audited day by day.
 */
@Stateless
public class CalendarService {

    static final String AUDIT_CALENDAR = "CALENDAR_YEAR";
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    static final int MAX_SOURCE = 300;
    static final int MAX_DEADLINE_DAYS = 250;

    @Inject
    private CalendarRepository repository;

    @Inject
    private Clock clock;

    @Inject
    private WorkingDays workingDays;

    @EJB
    private CallerService caller;

    @EJB
    private AuditService audit;

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public CalendarYearDetail year(int year) {
        checkYear(year);
        return repository.year(year)
                .map(y -> new CalendarYearDetail(year, true, y.source(), y.updatedBy(), y.updatedAt(),
                        repository.days(year).stream().map(CalendarService::data).toList(), y.version()))
                .orElseGet(() -> new CalendarYearDetail(year, false, null, null, null, List.of(), -1));
    }

    /** Today in the application's time zone, for the year a page opens at. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The deadline {@code days} working days after {@code from}, as every deadline of the application counts it: for
     * other systems and for checking the calendar entered. The range is kept to what a rule sets (at most a year).
     */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public LocalDate deadline(LocalDate from, int days) {
        if (from == null) {
            throw AccountabilityException.invalid("from", "field.required");
        }
        checkYear(from.getYear());
        if (days < 0 || days > MAX_DEADLINE_DAYS) {
            throw AccountabilityException.invalid("workingDays", "calendar.deadline.range", MAX_DEADLINE_DAYS);
        }
        return workingDays.plusWorkingDays(from, days);
    }

    /** The years from {@code from} to {@code to} that have no calendar (deadlines in them count Monday to Friday). */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public List<Integer> missingYears(int from, int to) {
        Set<Integer> kept = new HashSet<>(repository.keptYears());
        List<Integer> missing = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            if (!kept.contains(y)) {
                missing.add(y);
            }
        }
        return missing;
    }

    /**
     * Keeps {@code year} with exactly {@code days} as its special days. {@code version} is the one read (-1 for a
     * year not kept yet).
     */
    @RolesAllowed(Role.R_ADMIN)
    public CalendarYearDetail save(int year, int version, String source, List<CalendarDayData> days) {
        checkYear(year);
        String notice = Inputs.text("source", source, MAX_SOURCE);
        List<CalendarDayData> checked = check(year, days);
        return store(year, version, notice, checked, AuditAction.UPDATE, Map.of());
    }

    /** Makes one day a holiday, a worked weekend day, or ({@code kind} null) an ordinary day again. */
    @RolesAllowed(Role.R_ADMIN)
    public CalendarYearDetail setDay(int year, int version, LocalDate day, DayKind kind, String name) {
        CalendarYearDetail current = year(year);
        if (!current.kept()) {
            throw AccountabilityException.refused("calendar.notKept", year);
        }
        if (day == null) {
            throw AccountabilityException.invalid("day", "field.required");
        }
        List<CalendarDayData> days = new ArrayList<>(current.days().stream().filter(d -> !d.day().equals(day)).toList());
        if (kind != null) {
            days.add(new CalendarDayData(day, kind, name));
        }
        return save(year, version, current.source(), days);
    }

    /**
     * Takes a whole year from a file (xlsx or CSV: 日期, 类型, 名称); its days replace the year's. Any wrong row —
     * or a file that is no table — and nothing changes: the answer lists every wrong row.
     */
    @RolesAllowed(Role.R_ADMIN)
    public CalendarImportResult importFile(int year, int version, String source, byte[] content) {
        checkYear(year);
        String notice = Inputs.text("source", source, MAX_SOURCE);
        Table table;
        try {
            table = TableReader.read(content);
        } catch (TableException e) {
            return new CalendarImportResult(year, 0, false,
                    List.of(new CalendarImportError(1, e.messageKey(), List.of(e.arguments()))));
        }
        CalendarRows.Parsed parsed = CalendarRows.parse(table, year);
        if (!parsed.errors().isEmpty()) {
            return new CalendarImportResult(year, table.rows().size(), false, parsed.errors());
        }
        store(year, version, notice, parsed.days(), AuditAction.IMPORT, Map.of("rows", table.rows().size()));
        return new CalendarImportResult(year, table.rows().size(), true, List.of());
    }

    @RolesAllowed(Role.R_ADMIN)
    public byte[] template(int year) {
        checkYear(year);
        return CalendarRows.template(year);
    }

    private CalendarYearDetail store(int year, int version, String source, List<CalendarDayData> days, AuditAction action,
                                     Map<String, Object> facts) {
        CalendarYearDetail before = year(year);
        String user = caller.current().userId();
        if (before.kept()) {
            CalendarYear record = repository.year(year).orElseThrow();
            Inputs.version(version, record.version());
            record.changed(source, user, clock.instant());
        } else {
            if (version != -1) {
                throw AccountabilityException.stale();
            }
            repository.add(new CalendarYear(year, source, user, clock.instant()));
        }
        repository.replaceDays(year, days.stream().map(d -> new CalendarDay(d.day(), d.kind(), d.name())).toList());
        audit.record(before.kept() ? action : AuditAction.CREATE, AUDIT_CALENDAR, String.valueOf(year),
                FieldChange.diff(facts(before), facts(source, days)), facts);
        repository.flush();
        return year(year);
    }

    private static List<CalendarDayData> check(int year, List<CalendarDayData> days) {
        if (days == null) {
            throw AccountabilityException.invalid("days", "field.required");
        }
        Set<LocalDate> seen = new HashSet<>();
        List<CalendarDayData> checked = new ArrayList<>();
        for (CalendarDayData d : days) {
            if (d == null || d.day() == null) {
                throw AccountabilityException.invalid("days", "field.required");
            }
            if (d.day().getYear() != year) {
                throw AccountabilityException.invalid("days", "calendar.import.otherYear", d.day().toString(), year);
            }
            if (!seen.add(d.day())) {
                throw AccountabilityException.invalid("days", "calendar.import.duplicate", d.day().toString());
            }
            if (d.kind() == null) {
                throw AccountabilityException.invalid("days", "calendar.kind.required", d.day().toString());
            }
            if (d.kind() == DayKind.WORKDAY && !CalendarRows.weekend(d.day())) {
                throw AccountabilityException.invalid("days", "calendar.import.weekdayWorked", d.day().toString());
            }
            checked.add(new CalendarDayData(d.day(), d.kind(), Inputs.text("name", d.name(), CalendarRows.MAX_NAME)));
        }
        checked.sort(Comparator.comparing(CalendarDayData::day));
        return checked;
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw AccountabilityException.invalid("year", "calendar.year.range", FIRST_YEAR, LAST_YEAR);
        }
    }

    private static Map<String, Object> facts(CalendarYearDetail year) {
        return year.kept() ? facts(year.source(), year.days()) : Map.of();
    }

    /** One field per special day, so the audit trail shows which days were added, changed or removed. */
    private static Map<String, Object> facts(String source, List<CalendarDayData> days) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("source", source);
        days.forEach(d -> facts.put(d.day().toString(), (d.kind() == DayKind.HOLIDAY ? "放假 " : "上班 ") + d.name()));
        return facts;
    }

    private static CalendarDayData data(CalendarDay d) {
        return new CalendarDayData(d.day(), d.kind(), d.name());
    }
}
