package com.soegroup.accountability.annual;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.soegroup.accountability.org.OrganDetail;
import com.soegroup.accountability.org.OrganKind;
import com.soegroup.accountability.org.OrganMemberData;
import com.soegroup.accountability.org.OrganPosition;
import com.soegroup.accountability.org.OrganReport;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.AnnualWorkTopic;
import com.soegroup.accountability.shared.PdfFont;
import com.soegroup.accountability.statistics.Figure;
import com.soegroup.accountability.statistics.FigureGroup;
import com.soegroup.accountability.statistics.Statistics;
import com.soegroup.accountability.statistics.StatisticsFilter;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The annual report's parts as built from the figures of two years, the draft from the data, and both documents. */
class AnnualDocumentTest {

    private static final Map<String, String> NAMES = Map.of("statistics.group.clueSource", "线索来源", "ClueSource.AUDIT", "审计发现",
            "ClueSource.REPORT", "信访举报", "statistics.group.losses", "认定损失", "LossLevel.GENERAL", "一般",
            "statistics.group.rectification", "整改任务", "statistics.group.recovery", "追损挽损（元）",
            "statistics.group.incidentReport", "一事一报告报送");
    private static final Function<String, String> LABELS = NAMES::get;

    /** The statistics of a year: clues by source, losses, and the rectification, recovery and incident report groups. */
    private static Statistics statistics(long audit, long report, String losses, long rectified, String recovered, long late) {
        FigureGroup sources = new FigureGroup("clueSource", "statistics.group.clueSource", false, List.of(
                new Figure("AUDIT", "ClueSource.AUDIT", null, audit, null, null),
                new Figure("REPORT", "ClueSource.REPORT", null, report, null, null)));
        FigureGroup loss = new FigureGroup("losses", "statistics.group.losses", true, List.of(
                new Figure("GENERAL", "LossLevel.GENERAL", null, 2, new BigDecimal(losses), null)));
        FigureGroup rectification = new FigureGroup("rectification", "statistics.group.rectification", false, List.of(
                new Figure("ON_TIME", null, "按期完成", rectified - 1, null, null),
                new Figure("LATE", null, "逾期完成", 1, null, null),
                new Figure("OVERDUE", null, "逾期未完成", late, null, null)));
        FigureGroup recovery = new FigureGroup("recovery", "statistics.group.recovery", true, List.of(
                new Figure("RECOVERED", null, "已追回", 1, new BigDecimal(recovered), null)));
        FigureGroup incidents = new FigureGroup("incidentReport", "statistics.group.incidentReport", false, List.of(
                new Figure("ON_TIME", null, "按时报送", 3 * rectified - 9, null, null),
                new Figure("LATE", null, "逾期报送", late * 2, null, null)));
        return new Statistics(new StatisticsFilter(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "YBJT"), "示范发展集团有限公司",
                120, null, List.of(sources, loss, rectification, recovery, incidents), List.of(), List.of(), List.of());
    }

    private static List<AnnualTable> tables() {
        return AnnualFigures.tables(statistics(7, 3, "500000.00", 5, "80000.00", 1), statistics(4, 0, "120000.00", 2, "0", 0));
    }

    @Test
    void eachFigureStandsBesideLastYearsAndTheAreasOwnTablesFollowTheStatistics() {
        List<AnnualTable> tables = tables();
        assertEquals(List.of("clueSource", "losses", "rectification", "recovery", "incidentReport"),
                tables.stream().map(AnnualTable::id).toList());
        AnnualTable sources = AnnualFigures.table(tables, "clueSource");
        assertEquals(10, sources.current());
        assertEquals(4, sources.previous());
        AnnualRow report = sources.rows().get(1);
        assertEquals(3, report.current());
        assertEquals(0, report.previous(), "a source last year did not have counts 0, not missing");
        AnnualRow loss = AnnualFigures.table(tables, "losses").rows().get(0);
        assertEquals(0, new BigDecimal("500000.00").compareTo(loss.currentAmount()));
        assertEquals(0, new BigDecimal("120000.00").compareTo(loss.previousAmount()));
        assertEquals(4, AnnualFigures.table(tables, "rectification").rows().get(0).current());
        assertEquals(2, AnnualFigures.table(tables, "incidentReport").rows().get(1).current(), "late stages");
        AnnualRepository.Extras quoted = AnnualFigures.extras(statistics(7, 3, "500000.00", 5, "80000.00", 1));
        assertEquals(5, quoted.rectified(), "done on time or late");
        assertEquals(1, quoted.rectificationOverdue());
        assertEquals(0, new BigDecimal("80000.00").compareTo(quoted.recovered()));
        assertEquals(6, quoted.incidentOnTime());
        assertEquals(2, quoted.incidentLate());
    }

    @Test
    void theDraftTellsTheOrgansRuleSetsChannelsAndTheAreasFactsAndAsksForWhatItCannotKnow() {
        OrganDetail group = new OrganDetail(OrganKind.LEADING_GROUP, true, "示范集团责任追究工作领导小组", LocalDate.of(2019, 5, 6),
                "示范集团党委〔2019〕8号", null, null, null,
                List.of(new OrganMemberData(OrganPosition.LEADER, null, "张三", null, "董事长", null, null)), null, List.of(), 0);
        OrganDetail office = new OrganDetail(OrganKind.OFFICE, true, "审计部", null, null, null, null, 4, List.of(), null, List.of(), 0);
        List<AnnualFact> facts = List.of(new AnnualFact(AnnualWorkTopic.TRAINING, "举办业务培训", 3, 1, null, null));
        List<AnnualSectionText> draft = AnnualPrefill.draft(new AnnualPrefill.Inputs("示范发展集团有限公司", "YBJT", 2025,
                new OrganReport("YBJT", "示范发展集团有限公司", List.of(group, office)),
                List.of(new AnnualRepository.RuleSetLine("违规经营投资责任追究实施办法", "市国资委", LocalDate.of(2024, 6, 1), 2)),
                facts, tables(), LABELS));
        assertEquals(AnnualSection.values().length, draft.size());
        String overview = text(draft, AnnualSection.OVERVIEW);
        assertTrue(overview.contains("示范集团责任追究工作领导小组") && overview.contains("2019-05-06"), overview);
        assertTrue(text(draft, AnnualSection.LEADERSHIP).contains("张三"), "the leading group's head by name");
        assertTrue(text(draft, AnnualSection.RULES).contains("《违规经营投资责任追究实施办法》") && text(draft, AnnualSection.RULES).contains("2 次"));
        assertTrue(text(draft, AnnualSection.TEAM).contains("4 人"));
        String channels = text(draft, AnnualSection.CLUE_CHANNELS);
        assertTrue(channels.contains("共受理问题线索 10 件（上年 4 件）") && channels.contains("审计发现 7 件") && channels.contains("信访举报 3 件"),
                channels);
        assertTrue(channels.contains("按时 6 次、逾期 2 次"), channels);
        assertTrue(text(draft, AnnualSection.RECTIFICATION).contains("5 项（上年 2 项）"));
        assertTrue(text(draft, AnnualSection.RECOVERY).contains("80000.00"));
        assertTrue(text(draft, AnnualSection.TRAINING).contains("举办业务培训 3 项"), "a source's fact under its heading");
        assertTrue(text(draft, AnnualSection.CIRCULARS).startsWith("（请补充"), "no source yet: the office is asked to write it");
        assertFalse(text(draft, AnnualSection.PROBLEMS).isBlank());
    }

    @Test
    void theWordDocumentHasThe4PartsTheFiguresAndAChartPerTable() throws IOException {
        AnnualDocument doc = document(null);
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(doc.docx())); XWPFWordExtractor text = new XWPFWordExtractor(word)) {
            String all = text.getText();
            for (String heading : List.of("一、企业概况", "二、工作开展情况", "三、年度主要数据", "四、存在的问题和下一步工作措施", "（十）业务培训")) {
                assertTrue(all.contains(heading), heading);
            }
            assertTrue(all.indexOf("二、工作开展情况") < all.indexOf("三、年度主要数据"));
            assertTrue(all.contains("举办业务培训 3 项（上年 1 项）"), "the facts beside last year's");
            assertTrue(all.contains("（草稿"), "not approved: marked as a draft");
            assertEquals(5, word.getTables().size());
            assertEquals("审计发现", word.getTables().get(0).getRow(1).getCell(0).getText());
            assertEquals("7", word.getTables().get(0).getRow(1).getCell(1).getText());
            assertEquals("4", word.getTables().get(0).getRow(1).getCell(2).getText());
            assertEquals("+3", word.getTables().get(0).getRow(1).getCell(3).getText());
            assertEquals(5, word.getAllPictures().size(), "a chart per table");
        }
    }

    @Test
    void thePdfCarriesTheSameTextAndTheChartsDrawChinese() throws IOException {
        BaseFont font = PdfFont.load();
        assertNotNull(font);
        byte[] pdf = document("审计：李四（同意报送。）").pdf(font);
        PdfReader reader = new PdfReader(pdf);
        StringBuilder all = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(extractor.getTextFromPage(page));
        }
        String text = all.toString();
        assertTrue(text.contains("三、年度主要数据"), text);
        assertTrue(text.contains("审计发现"), text);
        assertTrue(text.contains("同意报送"), text);
        assertFalse(text.contains("（草稿"), "approved: no longer a draft");
        assertEquals(-1, AnnualCharts.font().canDisplayUpTo("线索来源审计发现信访举报整改任务一事一报告"), "the chart font has the glyphs");
        BufferedImage chart = ImageIO.read(new ByteArrayInputStream(document(null).chart(tables().get(0))));
        assertEquals(AnnualCharts.WIDTH, chart.getWidth());
    }

    @Test
    void tablesAreNumberedInChinese() {
        assertEquals("一", AnnualDocument.chineseNumber(1));
        assertEquals("十", AnnualDocument.chineseNumber(10));
        assertEquals("十二", AnnualDocument.chineseNumber(12));
        assertEquals("二十一", AnnualDocument.chineseNumber(21));
    }

    @Test
    void theTextNeedsItsOverviewAndPart4AndEverySectionFitsItsLength() {
        Map<AnnualSection, String> ok = new EnumMap<>(AnnualSection.class);
        ok.put(AnnualSection.OVERVIEW, "  概况\r\n第二行 ");
        ok.put(AnnualSection.PROBLEMS, "问题");
        ok.put(AnnualSection.PLANS, "措施");
        Map<AnnualSection, String> clean = AnnualDraftService.clean(ok);
        assertEquals("概况\n第二行", clean.get(AnnualSection.OVERVIEW));
        assertEquals("", clean.get(AnnualSection.TRAINING), "a heading left empty is kept empty");
        ok.put(AnnualSection.PLANS, " ");
        assertEquals("sections.PLANS", assertThrowsInvalid(ok));
        ok.put(AnnualSection.PLANS, "措施");
        ok.put(AnnualSection.TEAM, "字".repeat(AnnualDraftService.MAX_SECTION + 1));
        assertEquals("sections.TEAM", assertThrowsInvalid(ok));
    }

    @Test
    void aFilingCoversAQuarterOrAHalfAndNothingElse() {
        LocalDate[] q2 = AnnualFilingService.period(2025, 2, null, 2026);
        assertEquals(LocalDate.of(2025, 4, 1), q2[0]);
        assertEquals(LocalDate.of(2025, 6, 30), q2[1]);
        LocalDate[] h2 = AnnualFilingService.period(2025, null, 2, 2026);
        assertEquals(LocalDate.of(2025, 7, 1), h2[0]);
        assertEquals(LocalDate.of(2025, 12, 31), h2[1]);
        assertEquals("filing.period.one", refusal(2025, null, null));
        assertEquals("filing.period.one", refusal(2025, 1, 1));
        assertEquals("filing.quarter.range", refusal(2025, 5, null));
        assertEquals("filing.half.range", refusal(2025, null, 3));
        assertEquals("annual.year.range", refusal(2027, 1, null));
        assertEquals("field.required", refusal(null, 1, null));
    }

    private static String refusal(Integer year, Integer quarter, Integer half) {
        try {
            AnnualFilingService.period(year, quarter, half, 2026);
        } catch (AccountabilityException e) {
            return e.messageKey();
        }
        throw new AssertionError("accepted " + year + "/" + quarter + "/" + half);
    }

    private static String assertThrowsInvalid(Map<AnnualSection, String> sections) {
        try {
            AnnualDraftService.clean(sections);
        } catch (AccountabilityException e) {
            return e.field();
        }
        throw new AssertionError("accepted");
    }

    private static AnnualDocument document(String approval) {
        List<AnnualSectionText> sections = List.of(new AnnualSectionText(AnnualSection.OVERVIEW, "示范发展集团有限公司是汇总单位。"),
                new AnnualSectionText(AnnualSection.TRAINING, "举办培训班。"), new AnnualSectionText(AnnualSection.PROBLEMS, "进度偏慢。"),
                new AnnualSectionText(AnnualSection.PLANS, "1. 加强督办。"));
        return new AnnualDocument("YBJT-ND-2025-0001", "示范发展集团有限公司", 2025, sections,
                List.of(new AnnualFact(AnnualWorkTopic.TRAINING, "举办业务培训", 3, 1, null, null)), tables(), approval, null,
                LocalDate.of(2026, 3, 20), LABELS);
    }

    private static String text(List<AnnualSectionText> draft, AnnualSection s) {
        return draft.stream().filter(x -> x.section() == s).findFirst().orElseThrow().body();
    }
}
