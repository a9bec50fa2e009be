package com.soegroup.accountability.duty;

import com.soegroup.accountability.rule.BundleKeyed;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Inputs;
import com.soegroup.accountability.shared.table.Table;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The import file of duty records kept elsewhere (xlsx or CSV): one row per participant, the rows of a record sharing
 * its 记录序号, the record's columns filled on its first row. Reads every row and names each wrong cell by row and
 * column, so that a file is taken whole or not at all. Plain Java, unit-tested; the service then checks each record
 * as the form's are.
 */
final class DutyImportRows {

    static final List<String> HEADERS = List.of("记录序号", "企业编码", "事项类别", "会议类型", "会议日期", "会议编号", "决策事项",
            "金额（元）", "合法性审查", "风险评估", "专家论证", "员工编号", "姓名", "身份", "意见", "理由");
    static final int MAX_RECORDS = 500;

    private DutyImportRows() {
    }

    /** A record read from the file with the row each of its participants came from. */
    record Read(int firstRow, DutyRecordData data, List<Integer> participantRows) {
    }

    record Parsed(List<Read> records, List<DutyImportError> errors) {
    }

    /** A file to fill in: the header and one record of two participants (UTF-8 with the mark Excel looks for). */
    static byte[] template() {
        String text = "\uFEFF" + String.join(",", HEADERS) + "\r\n"
                + "1,YBJSSJ,大额资金运作,党委会,2026-03-18,第5次党委会,为参股企业提供担保,12000000,是,否,否,YB000001,,主持,同意,\r\n"
                + "1,,,,,,,,,,,,外部律师张某,列席,,\r\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static Parsed parse(Table table) {
        List<DutyImportError> errors = new ArrayList<>();
        List<String> headers = table.headers().stream().map(String::strip).toList();
        if (headers.size() < HEADERS.size() || !headers.subList(0, HEADERS.size()).equals(HEADERS)) {
            errors.add(new DutyImportError(1, null, "duty.import.headers", List.of(String.join("、", HEADERS))));
            return new Parsed(List.of(), errors);
        }
        if (table.rows().isEmpty()) {
            errors.add(new DutyImportError(2, null, "duty.import.empty", List.of()));
        }
        Map<String, List<Table.Row>> groups = new LinkedHashMap<>();
        for (Table.Row row : table.rows()) {
            String key = row.cell(0).strip();
            if (key.isEmpty()) {
                errors.add(new DutyImportError(row.number(), HEADERS.get(0), "field.required", List.of()));
                continue;
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        if (groups.size() > MAX_RECORDS) {
            errors.add(new DutyImportError(2, HEADERS.get(0), "duty.import.tooMany", List.of(MAX_RECORDS)));
            return new Parsed(List.of(), errors);
        }
        List<Read> records = new ArrayList<>();
        for (List<Table.Row> rows : groups.values()) {
            Table.Row first = rows.get(0);
            int before = errors.size();
            String enterprise = required(first, 1, errors);
            DutyMatterKind kind = code(first, 2, DutyMatterKind.values(), MATTER_LABELS, errors);
            MeetingType type = code(first, 3, MeetingType.values(), MEETING_LABELS, errors);
            LocalDate date = date(first, 4, errors);
            String matter = required(first, 6, errors);
            BigDecimal amount = amount(first, 7, errors);
            Boolean legal = yesNo(first, 8, errors);
            Boolean risk = yesNo(first, 9, errors);
            Boolean expert = yesNo(first, 10, errors);
            List<DutyParticipantData> participants = new ArrayList<>();
            List<Integer> participantRows = new ArrayList<>();
            for (Table.Row row : rows) {
                String employeeNo = blankToNull(row.cell(11));
                String name = blankToNull(row.cell(12));
                if (employeeNo == null && name == null) {
                    errors.add(new DutyImportError(row.number(), HEADERS.get(12), "duty.participant.nameRequired", List.of()));
                }
                ParticipantRole role = code(row, 13, ParticipantRole.values(), ROLE_LABELS, errors);
                DutyOpinion opinion = blankToNull(row.cell(14)) == null ? null
                        : code(row, 14, DutyOpinion.values(), OPINION_LABELS, errors);
                participants.add(new DutyParticipantData(employeeNo, employeeNo == null ? name : null, role, opinion,
                        blankToNull(row.cell(15))));
                participantRows.add(row.number());
            }
            if (errors.size() == before) {
                records.add(new Read(first.number(), new DutyRecordData(enterprise, kind, type, date, blankToNull(first.cell(5)),
                        matter, amount, legal, null, risk, null, expert, null, participants), participantRows));
            }
        }
        return new Parsed(records, errors);
    }

    /** The row and column of a refusal of the record's checks, by the field it names ({@code participants[1].reasons}). */
    static DutyImportError locate(Read read, String field, String messageKey, List<Object> arguments) {
        int row = read.firstRow();
        String column = null;
        if (field != null && field.startsWith("participants[")) {
            int close = field.indexOf(']');
            int index = Integer.parseInt(field.substring("participants[".length(), close));
            row = read.participantRows().get(index);
            String part = field.length() > close + 2 ? field.substring(close + 2) : "";
            column = switch (part) {
                case "employeeNo" -> HEADERS.get(11);
                case "name" -> HEADERS.get(12);
                case "role" -> HEADERS.get(13);
                case "opinion" -> HEADERS.get(14);
                case "reasons" -> HEADERS.get(15);
                default -> null;
            };
        } else if (field != null) {
            column = switch (field) {
                case "enterprise" -> HEADERS.get(1);
                case "matterKind" -> HEADERS.get(2);
                case "meetingType" -> HEADERS.get(3);
                case "meetingDate" -> HEADERS.get(4);
                case "meetingNumber" -> HEADERS.get(5);
                case "matter" -> HEADERS.get(6);
                case "amount" -> HEADERS.get(7);
                case "participants" -> HEADERS.get(13);
                default -> null;
            };
        }
        return new DutyImportError(row, column, messageKey, arguments);
    }

    private static final Map<String, DutyMatterKind> MATTER_LABELS = Map.of("重大决策", DutyMatterKind.MAJOR_DECISION,
            "重要人事任免", DutyMatterKind.APPOINTMENT, "人事任免", DutyMatterKind.APPOINTMENT, "重大项目安排", DutyMatterKind.PROJECT,
            "重大项目", DutyMatterKind.PROJECT, "大额资金运作", DutyMatterKind.LARGE_FUNDS, "大额资金", DutyMatterKind.LARGE_FUNDS);
    private static final Map<String, MeetingType> MEETING_LABELS = Map.of("党委会", MeetingType.PARTY_COMMITTEE,
            "党委常委会", MeetingType.PARTY_COMMITTEE, "董事会", MeetingType.BOARD, "总经理办公会", MeetingType.MANAGEMENT,
            "股东会", MeetingType.SHAREHOLDERS, "股东大会", MeetingType.SHAREHOLDERS, "其他", MeetingType.OTHER,
            "其他会议", MeetingType.OTHER);
    private static final Map<String, ParticipantRole> ROLE_LABELS = Map.of("主持", ParticipantRole.PRESIDING,
            "参会", ParticipantRole.ATTENDING, "出席", ParticipantRole.ATTENDING, "列席", ParticipantRole.OBSERVING);
    private static final Map<String, DutyOpinion> OPINION_LABELS = Map.of("同意", DutyOpinion.AGREE, "反对", DutyOpinion.DISAGREE,
            "不同意", DutyOpinion.DISAGREE, "弃权", DutyOpinion.ABSTAIN);

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String required(Table.Row row, int column, List<DutyImportError> errors) {
        String text = blankToNull(row.cell(column));
        if (text == null) {
            errors.add(new DutyImportError(row.number(), HEADERS.get(column), "field.required", List.of()));
        }
        return text;
    }

    /** A code as offices write it (the Chinese label) or as the API does. */
    private static <E extends Enum<E> & BundleKeyed> E code(Table.Row row, int column, E[] values, Map<String, E> labels,
                                                          List<DutyImportError> errors) {
        String text = blankToNull(row.cell(column));
        if (text == null) {
            errors.add(new DutyImportError(row.number(), HEADERS.get(column), "field.required", List.of()));
            return null;
        }
        E found = labels.get(text);
        if (found == null) {
            for (E value : values) {
                if (value.name().equals(text.toUpperCase(Locale.ROOT))) {
                    found = value;
                }
            }
        }
        if (found == null) {
            errors.add(new DutyImportError(row.number(), HEADERS.get(column), "duty.import.code",
                    List.of(text, String.join("、", labels.keySet().stream().sorted().toList()))));
        }
        return found;
    }

    private static LocalDate date(Table.Row row, int column, List<DutyImportError> errors) {
        String text = required(row, column, errors);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.replace('/', '-').replace('.', '-'));
        } catch (DateTimeParseException e) {
            errors.add(new DutyImportError(row.number(), HEADERS.get(column), "duty.import.date", List.of(text)));
            return null;
        }
    }

    private static BigDecimal amount(Table.Row row, int column, List<DutyImportError> errors) {
        String text = blankToNull(row.cell(column));
        if (text == null) {
            return null;
        }
        return read(() -> Inputs.moneyText("amount", text.replace(",", "")), row, column, errors);
    }

    private static Boolean yesNo(Table.Row row, int column, List<DutyImportError> errors) {
        String text = blankToNull(row.cell(column));
        if (text == null || text.equals("否") || text.equalsIgnoreCase("false")) {
            return false;
        }
        if (text.equals("是") || text.equalsIgnoreCase("true")) {
            return true;
        }
        errors.add(new DutyImportError(row.number(), HEADERS.get(column), "duty.import.yesNo", List.of(text)));
        return false;
    }

    private static <T> T read(Supplier<T> read, Table.Row row, int column, List<DutyImportError> errors) {
        try {
            return read.get();
        } catch (AccountabilityException e) {
            errors.add(new DutyImportError(row.number(), HEADERS.get(column), e.messageKey(), List.of(e.arguments())));
            return null;
        }
    }
}
