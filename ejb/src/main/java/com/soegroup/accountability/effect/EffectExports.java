package com.soegroup.accountability.effect;

import com.soegroup.accountability.rule.effect.Eligibility;
import com.soegroup.accountability.rule.effect.Restriction;
import com.soegroup.accountability.rule.effect.RestrictionKind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The files HR takes away: the candidate list's answers and the ban list as {@code .xlsx} (streamed, a window of
 * rows in memory; dates are Excel dates, not text), and the ban list as CSV in UTF-8 with the byte-order mark
 * Excel needs to read Chinese, quoted by RFC 4180. The texts (headers, code names) come from the caller's
 * bundle as {@code text}, keyed by the keys named here, so the files speak the user's language.
 */
public final class EffectExports {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Column headers of the ban list, in order. */
    public static final List<String> BAN_HEADERS = List.of("effect.ban.name", "effect.ban.employeeNo",
            "effect.ban.idHash", "effect.ban.enterpriseCode", "effect.ban.enterpriseName", "effect.ban.decisionNo",
            "effect.ban.from", "effect.ban.until", "effect.ban.legalBasis");

    /** Column headers of the candidate list's answers, in order. */
    public static final List<String> ELIGIBILITY_HEADERS = List.of("effect.result.employeeNo", "effect.result.name",
            "effect.result.enterprise", "effect.result.promotion", "effect.result.anyPost", "effect.result.senior",
            "effect.result.barredUntil", "effect.result.restrictions");

    private static final byte[] BOM = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};

    private EffectExports() {
    }

    public static void bansCsv(List<BanEntry> bans, Function<String, String> text, OutputStream out) {
        try {
            out.write(BOM);
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
            csv.printRecord(BAN_HEADERS.stream().map(text).toList());
            for (BanEntry b : bans) {
                csv.printRecord(b.personName(), b.employeeNo(), b.idHash(), b.enterpriseCode(), b.enterpriseName(),
                        b.decisionNo(), b.from(), b.until(), b.legalBasis());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void bansXlsx(List<BanEntry> bans, LocalDate activeOn, Function<String, String> text, OutputStream out) {
        write(out, (book, styles) -> {
            SXSSFSheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(text.apply("effect.bans.title")));
            title(sheet, styles, text.apply("effect.bans.title") + " · " + activeOn);
            header(sheet, styles, BAN_HEADERS.stream().map(text).toList());
            int r = 2;
            for (BanEntry b : bans) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(b.personName());
                row.createCell(1).setCellValue(b.employeeNo());
                row.createCell(2).setCellValue(b.idHash() == null ? "" : b.idHash());
                row.createCell(3).setCellValue(b.enterpriseCode());
                row.createCell(4).setCellValue(b.enterpriseName());
                row.createCell(5).setCellValue(b.decisionNo());
                date(row.createCell(6), b.from(), styles);
                if (b.until() == null) {
                    row.createCell(7).setCellValue(text.apply("effect.lifetime"));
                } else {
                    date(row.createCell(7), b.until(), styles);
                }
                row.createCell(8).setCellValue(b.legalBasis());
            }
            widths(sheet, 10, 14, 30, 10, 24, 24, 12, 12, 40);
        });
    }

    public static void eligibilityXlsx(List<PersonEligibility> answers, LocalDate date, Function<String, String> text,
                                       OutputStream out) {
        write(out, (book, styles) -> {
            SXSSFSheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(text.apply("effect.results.title")));
            title(sheet, styles, text.apply("effect.results.title") + " · " + date);
            header(sheet, styles, ELIGIBILITY_HEADERS.stream().map(text).toList());
            int r = 2;
            for (PersonEligibility answer : answers) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(answer.employeeNo());
                if (!answer.found()) {
                    row.createCell(1).setCellValue(text.apply("effect.notFound"));
                    continue;
                }
                Eligibility e = answer.eligibility();
                row.createCell(1).setCellValue(answer.person().name());
                row.createCell(2).setCellValue(answer.person().enterpriseName());
                row.createCell(3).setCellValue(text.apply(e.eligibleForPromotion() ? "answer.yes" : "answer.no"));
                row.createCell(4).setCellValue(text.apply(e.eligibleForAnyPost() ? "answer.yes" : "answer.no"));
                row.createCell(5).setCellValue(text.apply(e.eligibleForSeniorManagement() ? "answer.yes" : "answer.no"));
                LocalDate until = promotionBarredUntil(e);
                if (until != null) {
                    date(row.createCell(6), until, styles);
                }
                row.createCell(7).setCellValue(e.restrictions().stream().map(x -> describe(x, text))
                        .collect(Collectors.joining("；")));
            }
            widths(sheet, 14, 10, 24, 8, 8, 10, 14, 80);
        });
    }

    /**
     * The first day nothing in force bars promotion any more, as far as today's restrictions go (the later end
     * of each wins); null when promotion is not barred. A later decision may of course move it.
     */
    public static LocalDate promotionBarredUntil(Eligibility e) {
        if (e.eligibleForPromotion()) {
            return null;
        }
        return e.restrictions().stream()
                .filter(r -> r.kind() != RestrictionKind.SOE_BAN)
                .map(Restriction::eligibleFrom).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
    }

    /** "诫勉：不得提拔（重用）2026-01-10 至 2026-07-10（文号）" in the user's language. */
    public static String describe(Restriction r, Function<String, String> text) {
        String source = r.source() == null ? "" : text.apply(r.source().bundleKey()) + "：";
        String until = r.eligibleFrom() == null ? text.apply("effect.lifetime") : r.eligibleFrom().toString();
        return source + text.apply(r.kind().bundleKey()) + " " + (r.from() == null ? "" : r.from() + " ")
                + text.apply("effect.until") + " " + until + (r.reference() == null ? "" : "（" + r.reference() + "）");
    }

    private record Styles(CellStyle title, CellStyle header, CellStyle date) {
    }

    private interface Sheets {
        void fill(SXSSFWorkbook book, Styles styles) throws IOException;
    }

    private static void write(OutputStream out, Sheets sheets) {
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try {
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle title = book.createCellStyle();
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title.setFont(big);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            sheets.fill(book, new Styles(title, header, date));
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            book.dispose();
            try {
                book.close();
            } catch (IOException ignored) {
                // the temporary files are gone with dispose(); nothing else to release
            }
        }
    }

    private static void title(SXSSFSheet sheet, Styles styles, String text) {
        Cell cell = sheet.createRow(0).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(styles.title());
    }

    private static void header(SXSSFSheet sheet, Styles styles, List<String> headers) {
        Row row = sheet.createRow(1);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(styles.header());
        }
        sheet.createFreezePane(0, 2);
    }

    private static void date(Cell cell, LocalDate date, Styles styles) {
        cell.setCellValue(date);
        cell.setCellStyle(styles.date());
    }

    private static void widths(SXSSFSheet sheet, int... characters) {
        for (int c = 0; c < characters.length; c++) {
            sheet.setColumnWidth(c, characters[c] * 256 + 512);
        }
    }
}
