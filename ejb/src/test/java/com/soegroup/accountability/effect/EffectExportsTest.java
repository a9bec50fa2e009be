package com.soegroup.accountability.effect;

import com.soegroup.accountability.rule.effect.Eligibility;
import com.soegroup.accountability.rule.effect.Restriction;
import com.soegroup.accountability.rule.effect.RestrictionKind;
import com.soegroup.accountability.rule.sanction.Measure;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EffectExportsTest {

    /** The bundle stands in as "[key]", so the test sees which text went where. */
    private static final Function<String, String> TEXT = key -> "[" + key + "]";

    private static final List<BanEntry> BANS = List.of(
            new BanEntry("王建华", "YB000150", "ab".repeat(32), "YBJS", "示范建设投资有限公司", "YBJT-JD-2026-0001",
                    LocalDate.parse("2026-01-10"), LocalDate.parse("2031-01-10"), "《办法》第二十七条"),
            new BanEntry("李\"四\"", "YB000151", null, "YBNY", "示范能源有限公司", "YBJT-JD-2026-0002",
                    LocalDate.parse("2026-02-01"), null, "第二十七条，第三十条\n（终身）"));

    @Test
    void csvHasTheByteOrderMarkAHeaderAndRfc4180Quoting() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EffectExports.bansCsv(BANS, TEXT, out);
        byte[] bytes = out.toByteArray();

        assertArrayEquals(new byte[]{(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals(String.join("\r\n",
                "[effect.ban.name],[effect.ban.employeeNo],[effect.ban.idHash],[effect.ban.enterpriseCode],"
                        + "[effect.ban.enterpriseName],[effect.ban.decisionNo],[effect.ban.from],[effect.ban.until],[effect.ban.legalBasis]",
                "王建华,YB000150," + "ab".repeat(32) + ",YBJS,示范建设投资有限公司,YBJT-JD-2026-0001,2026-01-10,2031-01-10,《办法》第二十七条",
                "\"李\"\"四\"\"\",YB000151,,YBNY,示范能源有限公司,YBJT-JD-2026-0002,2026-02-01,,\"第二十七条，第三十条\n（终身）\"",
                ""), text);
    }

    @Test
    void workbooksHaveDatesAsDates() throws IOException {
        ByteArrayOutputStream bans = new ByteArrayOutputStream();
        EffectExports.bansXlsx(BANS, LocalDate.parse("2026-11-25"), TEXT, bans);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bans.toByteArray()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals("[effect.ban.name]", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, sheet.getRow(2).getCell(6).getCellType());
            assertTrue(DateUtil.isCellDateFormatted(sheet.getRow(2).getCell(6)));
            assertEquals(LocalDate.parse("2031-01-10"), sheet.getRow(2).getCell(7).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("[effect.lifetime]", sheet.getRow(3).getCell(7).getStringCellValue());
        }

        Restriction demotion = new Restriction(RestrictionKind.NO_PROMOTION, Measure.DEMOTION, LocalDate.parse("2026-01-10"),
                LocalDate.parse("2028-01-10"), "YBJT-JD-2026-0003", "第三十条");
        Restriction ban = new Restriction(RestrictionKind.SOE_BAN, Measure.BAN, LocalDate.parse("2026-01-10"), null,
                "YBJT-JD-2026-0003", "第二十七条");
        List<PersonEligibility> answers = List.of(
                new PersonEligibility("YB000150", new PersonRef(1, "YB000150", "王建华", "YBJS", "示范建投"),
                        new Eligibility(false, true, false, List.of(demotion, ban))),
                new PersonEligibility("NOPE", null, null));
        ByteArrayOutputStream results = new ByteArrayOutputStream();
        EffectExports.eligibilityXlsx(answers, LocalDate.parse("2026-11-25"), TEXT, results);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(results.toByteArray()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals("[answer.no]", sheet.getRow(2).getCell(3).getStringCellValue());
            assertEquals(LocalDate.parse("2028-01-10"), sheet.getRow(2).getCell(6).getLocalDateTimeCellValue().toLocalDate(),
                    "promotion is barred until the demotion's end; the life ban bars senior posts, not promotion");
            assertEquals("[Measure.DEMOTION]：[RestrictionKind.NO_PROMOTION] 2026-01-10 [effect.until] 2028-01-10（YBJT-JD-2026-0003）；"
                    + "[Measure.BAN]：[RestrictionKind.SOE_BAN] 2026-01-10 [effect.until] [effect.lifetime]（YBJT-JD-2026-0003）",
                    sheet.getRow(2).getCell(7).getStringCellValue());
            assertEquals("NOPE", sheet.getRow(3).getCell(0).getStringCellValue());
            assertEquals("[effect.notFound]", sheet.getRow(3).getCell(1).getStringCellValue());
        }
    }
}
