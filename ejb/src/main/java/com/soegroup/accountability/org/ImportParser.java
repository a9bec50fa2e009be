package com.soegroup.accountability.org;

import com.soegroup.accountability.shared.table.Table;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the rows of an import table into typed inputs, or lists what is wrong with each: unknown or missing
 * columns, cells that are not a number, date, code or yes/no, the rules of {@link OrgRules}, and the same key
 * twice in one file. Pure: what needs the database (does the enterprise exist, in the caller's scope) is
 * checked by the service afterwards.
 */
public final class ImportParser {

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    static final Map<String, EnterpriseType> ENTERPRISE_TYPES = labels(EnterpriseType.class, Map.of(
            "集团公司", EnterpriseType.GROUP, "集团", EnterpriseType.GROUP,
            "全资企业", EnterpriseType.WHOLLY_OWNED, "全资", EnterpriseType.WHOLLY_OWNED, "全资子公司", EnterpriseType.WHOLLY_OWNED,
            "控股企业", EnterpriseType.CONTROLLED, "控股", EnterpriseType.CONTROLLED, "控股子公司", EnterpriseType.CONTROLLED,
            "其他", EnterpriseType.OTHER));
    static final Map<String, PersonStatus> PERSON_STATUSES = labels(PersonStatus.class, Map.of(
            "在职", PersonStatus.ACTIVE, "调离", PersonStatus.TRANSFERRED, "离职", PersonStatus.LEFT,
            "退休", PersonStatus.RETIRED));
    private static final Map<String, Boolean> YES_NO = Map.ofEntries(Map.entry("是", true), Map.entry("否", false),
            Map.entry("Y", true), Map.entry("N", false), Map.entry("YES", true), Map.entry("NO", false),
            Map.entry("TRUE", true), Map.entry("FALSE", false), Map.entry("1", true), Map.entry("0", false),
            Map.entry("√", true), Map.entry("×", false));

    private ImportParser() {
    }

    public record EnterpriseRow(int row, EnterpriseInput input) {
    }

    public record AssetsRow(int row, String enterprise, int year, AssetsData data) {
    }

    public record PersonRow(int row, String employeeNo, PersonInput input) {
    }

    public record PayRow(int row, String employeeNo, int year, PayData data) {
    }

    /**
     * The typed rows of the rows without errors, the errors found, the header each field had in the file (to
     * name columns) and how many data rows the file had.
     */
    public record Parsed<T>(List<T> rows, List<ImportError> errors, Map<String, String> headers, int total) {

        public String column(String field) {
            return headers.getOrDefault(field, field);
        }
    }

    public static Parsed<EnterpriseRow> enterprises(Table table) {
        return parse(ImportKind.ENTERPRISES, table, "code", (cells, errors) -> {
            EnterpriseInput in = new EnterpriseInput(upper(cells.text("code")), cells.text("fullName"),
                    cells.text("shortName"), upper(cells.text("parent")),
                    cells.code("type", ENTERPRISE_TYPES), cells.uscc("uscc"), cells.text("ownerInstitution"));
            cells.problems(OrgRules.checkEnterprise(in));
            return new EnterpriseRow(cells.row, in);
        }, row -> row.input().code());
    }

    public static Parsed<AssetsRow> assets(Table table, LocalDate today) {
        return parse(ImportKind.ASSETS, table, "enterprise", (cells, errors) -> {
            String enterprise = upper(cells.text("enterprise"));
            Integer year = cells.year("year");
            LocalDate entered = cells.date("enteredOn");
            AssetsData data = new AssetsData(cells.money("totalAssets"), cells.money("netAssets"), cells.text("source"),
                    entered == null ? today : entered);
            if (enterprise == null) {
                cells.error("enterprise", "field.required");
            }
            if (!cells.failed("year") && !cells.failed("totalAssets") && !cells.failed("netAssets")) {
                cells.problems(OrgRules.checkAssets(year, data, today));
            }
            return new AssetsRow(cells.row, enterprise, year == null ? 0 : year, data);
        }, row -> row.enterprise() + "/" + row.year());
    }

    public static Parsed<PersonRow> people(Table table) {
        return parse(ImportKind.PEOPLE, table, "employeeNo", (cells, errors) -> {
            String employeeNo = cells.text("employeeNo");
            if (employeeNo == null) {
                cells.error("employeeNo", "field.required");
            } else if (!OrgRules.validEmployeeNo(employeeNo)) {
                cells.error("employeeNo", "person.employeeNo.invalid");
            }
            PersonStatus status = cells.code("status", PERSON_STATUSES);
            PersonInput in = new PersonInput(cells.text("name"), upper(cells.text("enterprise")), cells.text("department"),
                    cells.text("post"), cells.text("postLevel"), cells.yesNo("enterpriseHead"), cells.yesNo("leadershipMember"),
                    status == null && !cells.failed("status") ? PersonStatus.ACTIVE : status, cells.date("statusDate"),
                    cells.text("ldapUserId"), cells.text("idNumber"));
            if (!cells.failed("status")) {
                cells.problems(OrgRules.checkPerson(in));
            }
            return new PersonRow(cells.row, employeeNo, PersonImportRules.tidy(in));
        }, PersonRow::employeeNo);
    }

    public static Parsed<PayRow> pay(Table table, LocalDate today) {
        return parse(ImportKind.PAY, table, "employeeNo", (cells, errors) -> {
            String employeeNo = cells.text("employeeNo");
            if (employeeNo == null) {
                cells.error("employeeNo", "field.required");
            }
            Integer year = cells.year("year");
            PayData data = new PayData(cells.money("performanceSalary"), cells.money("termIncentive"),
                    cells.money("longTermIncentive"));
            if (!cells.failed("year") && !cells.failed("performanceSalary") && !cells.failed("termIncentive")
                    && !cells.failed("longTermIncentive")) {
                cells.problems(OrgRules.checkPay(year, data, today));
            }
            return new PayRow(cells.row, employeeNo, year == null ? 0 : year, data);
        }, row -> row.employeeNo() + "/" + row.year());
    }

    private interface RowParser<T> {
        T parse(Cells cells, List<ImportError> errors);
    }

    private static <T> Parsed<T> parse(ImportKind kind, Table table, String keyField, RowParser<T> parser,
                                       Function<T, String> key) {
        List<ImportError> errors = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        for (ImportKind.ImportColumn column : kind.columns()) {
            headers.put(column.field(), column.header());
        }
        for (int i = 0; i < table.headers().size(); i++) {
            String header = table.headers().get(i);
            if (header.isBlank()) {
                continue;
            }
            ImportKind.ImportColumn column = columnFor(kind, header);
            if (column == null) {
                errors.add(new ImportError(1, header, "import.column.unknown", List.of(header)));
            } else if (index.containsKey(column.field())) {
                errors.add(new ImportError(1, header, "import.column.twice", List.of(header)));
            } else {
                index.put(column.field(), i);
                headers.put(column.field(), header);
            }
        }
        for (ImportKind.ImportColumn column : kind.columns()) {
            if (column.required() && !index.containsKey(column.field())) {
                errors.add(new ImportError(1, column.header(), "import.column.missing", List.of(column.header())));
            }
        }
        if (!errors.isEmpty()) {
            return new Parsed<>(List.of(), errors, headers, table.rows().size());
        }
        List<T> rows = new ArrayList<>();
        Map<String, Integer> firstRowOf = new HashMap<>();
        for (Table.Row row : table.rows()) {
            Cells cells = new Cells(row, index, headers, errors);
            T parsed = parser.parse(cells, errors);
            if (!cells.anyError) {
                String k = key.apply(parsed);
                Integer first = firstRowOf.putIfAbsent(k, row.number());
                if (first != null) {
                    errors.add(new ImportError(row.number(), headers.get(keyField), "import.duplicate", List.of(first)));
                    continue;
                }
                rows.add(parsed);
            }
        }
        if (table.rows().isEmpty()) {
            errors.add(new ImportError(2, headers.get(keyField), "import.file.noRows", List.of()));
        }
        return new Parsed<>(rows, errors, headers, table.rows().size());
    }

    static ImportKind.ImportColumn columnFor(ImportKind kind, String header) {
        String wanted = normalise(header);
        for (ImportKind.ImportColumn column : kind.columns()) {
            if (wanted.equals(normalise(column.header())) || wanted.equals(normalise(column.field()))) {
                return column;
            }
        }
        return null;
    }

    private static String normalise(String header) {
        return header.replaceAll("[\\s*＊]", "").replace('（', '(').replace('）', ')').toLowerCase(Locale.ROOT);
    }

    private static String upper(String text) {
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> Map<String, E> labels(Class<E> type, Map<String, E> chinese) {
        Map<String, E> all = new HashMap<>(chinese);
        for (E value : type.getEnumConstants()) {
            all.put(value.name(), value);
        }
        return Map.copyOf(all);
    }

    /** The cells of one row by field, recording every error against the row and the file's column name. */
    private static final class Cells {

        private final Table.Row source;
        private final int row;
        private final Map<String, Integer> index;
        private final Map<String, String> headers;
        private final List<ImportError> errors;
        private final Set<String> failedFields = new HashSet<>();
        private boolean anyError;

        Cells(Table.Row source, Map<String, Integer> index, Map<String, String> headers, List<ImportError> errors) {
            this.source = source;
            this.row = source.number();
            this.index = index;
            this.headers = headers;
            this.errors = errors;
        }

        String text(String field) {
            Integer i = index.get(field);
            if (i == null) {
                return null;
            }
            String value = source.cell(i).strip();
            return value.isEmpty() ? null : value;
        }

        void error(String field, String key, Object... arguments) {
            errors.add(new ImportError(row, headers.getOrDefault(field, field), key, List.of(arguments)));
            failedFields.add(field);
            anyError = true;
        }

        boolean failed(String field) {
            return failedFields.contains(field);
        }

        void problems(List<Problem> problems) {
            for (Problem p : problems) {
                if (!failedFields.contains(p.field())) {
                    error(p.field(), p.messageKey(), p.arguments().toArray());
                }
            }
        }

        String uscc(String field) {
            String value = text(field);
            return value == null ? null : Uscc.normalise(value);
        }

        Integer year(String field) {
            String value = text(field);
            if (value == null) {
                return null;
            }
            try {
                return Integer.parseInt(value.replace("年", "").strip());
            } catch (NumberFormatException e) {
                error(field, "year.invalid");
                return null;
            }
        }

        BigDecimal money(String field) {
            String value = text(field);
            if (value == null) {
                return null;
            }
            try {
                return new BigDecimal(value.replaceAll("[,，\\s¥￥]", ""));
            } catch (NumberFormatException e) {
                error(field, "money.invalid");
                return null;
            }
        }

        LocalDate date(String field) {
            String value = text(field);
            if (value == null) {
                return null;
            }
            Matcher m = DATE.matcher(value);
            Matcher compact = COMPACT_DATE.matcher(value);
            try {
                if (m.matches()) {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                }
                if (compact.matches()) {
                    return LocalDate.of(Integer.parseInt(compact.group(1)), Integer.parseInt(compact.group(2)),
                            Integer.parseInt(compact.group(3)));
                }
                return LocalDate.parse(value);
            } catch (DateTimeException e) {
                error(field, "date.invalid");
                return null;
            }
        }

        boolean yesNo(String field) {
            String value = text(field);
            if (value == null) {
                return false;
            }
            Boolean yes = YES_NO.get(value.toUpperCase(Locale.ROOT));
            if (yes == null) {
                error(field, "import.yesNo.invalid");
                return false;
            }
            return yes;
        }

        <E> E code(String field, Map<String, E> labels) {
            String value = text(field);
            if (value == null) {
                return null;
            }
            E found = labels.get(value.toUpperCase(Locale.ROOT));
            if (found == null) {
                found = labels.get(value);
            }
            if (found == null) {
                error(field, "field.unknownCode", value);
            }
            return found;
        }
    }
}
