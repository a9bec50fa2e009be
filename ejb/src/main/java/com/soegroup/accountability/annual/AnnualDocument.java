package com.soegroup.accountability.annual;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.soegroup.accountability.shared.AnnualWorkTopic;
import com.soegroup.accountability.shared.DocxDocument;
import com.soegroup.accountability.shared.PdfPageDecoration;
import com.soegroup.accountability.shared.PdfText;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static com.soegroup.accountability.annual.AnnualTexts.n;
import static com.soegroup.accountability.annual.AnnualTexts.text;
import static com.soegroup.accountability.annual.AnnualTexts.yuan;

/**
 * An annual report as the document sent to the regulator, in 篇五's four parts: 一 the overview, 二 the work done
 * under its headings (the text, then the facts the areas count, each beside last year's), 三 the figures (a table
 * and a bar chart per group, this year beside last year), 四 the problems and the next steps; then the approval and
 * the signature. The same content as DOCX (what offices edit and stamp) and as PDF.
 *
 * @param labels the Chinese name of a statistics bundle key (null when it has none)
 */
record AnnualDocument(String reportNo, String enterprise, int year, List<AnnualSectionText> sections, List<AnnualFact> facts,
                      List<AnnualTable> tables, String approval, String sent, LocalDate issued, Function<String, String> labels) {

    static final int CHART_MM = 150;

    String title() {
        return text("doc.title", enterprise, Integer.toString(year)).replace('\n', ' ');
    }

    private String body(AnnualSection s) {
        return sections.stream().filter(x -> x.section() == s).map(AnnualSectionText::body).findFirst().orElse("");
    }

    /** The facts of a heading as lines beside last year's. */
    List<String> factLines(AnnualWorkTopic topic) {
        List<String> out = new ArrayList<>();
        for (AnnualFact f : facts) {
            if (f.topic() == topic) {
                out.add(f.currentAmount() == null ? text("doc.fact", f.label(), n(f.current()), n(f.previous()))
                        : text("doc.factAmount", f.label(), n(f.current()), n(f.previous()), yuan(f.currentAmount()), yuan(f.previousAmount())));
            }
        }
        return out;
    }

    String tableTitle(AnnualTable t) {
        String named = t.titleKey() == null ? null : labels.apply(t.titleKey());
        return named != null ? named : t.id();
    }

    String rowName(AnnualRow r) {
        String named = r.labelKey() == null ? null : labels.apply(r.labelKey());
        return named != null ? named : r.label() == null ? "" : r.label();
    }

    List<String> header() {
        return List.of(text("doc.column.item"), text("doc.column.current", Integer.toString(year)),
                text("doc.column.previous", Integer.toString(year - 1)), text("doc.column.change"));
    }

    /** A table's lines as cells: name, this year, last year, the change; money tables show count and yuan. */
    List<List<String>> cells(AnnualTable t) {
        List<List<String>> rows = new ArrayList<>();
        for (AnnualRow r : t.rows()) {
            rows.add(line(rowName(r), t.amounts(), r.current(), r.previous(), r.currentAmount(), r.previousAmount()));
        }
        if (t.rows().size() > 1) {
            BigDecimal now = t.amounts() ? t.rows().stream().map(AnnualRow::currentAmount).reduce(BigDecimal.ZERO, BigDecimal::add) : null;
            BigDecimal before = t.amounts() ? t.rows().stream().map(AnnualRow::previousAmount).reduce(BigDecimal.ZERO, BigDecimal::add) : null;
            rows.add(line(text("doc.total"), t.amounts(), t.current(), t.previous(), now, before));
        }
        return rows;
    }

    private static List<String> line(String name, boolean amounts, long current, long previous, BigDecimal now, BigDecimal before) {
        if (!amounts) {
            long change = current - previous;
            return List.of(name, n(current), n(previous), (change > 0 ? "+" : "") + change);
        }
        // money tables are in 万元, as the statistics title them
        BigDecimal change = tenThousand(now).subtract(tenThousand(before));
        String count = current == 0 && previous == 0 ? "" : "件";
        return List.of(name, cell(current, now, count), cell(previous, before, count), (change.signum() > 0 ? "+" : "") + change.toPlainString());
    }

    private static String cell(long count, BigDecimal amount, String unit) {
        return unit.isEmpty() ? tenThousand(amount).toPlainString() : count + unit + " / " + tenThousand(amount).toPlainString();
    }

    /** The chart of a table: counts, or amounts in 万元 for money. */
    byte[] chart(AnnualTable t) {
        List<AnnualCharts.Bar> bars = new ArrayList<>();
        for (AnnualRow r : t.rows()) {
            bars.add(t.amounts()
                    ? new AnnualCharts.Bar(rowName(r), tenThousand(r.currentAmount()), tenThousand(r.previousAmount()))
                    : new AnnualCharts.Bar(rowName(r), BigDecimal.valueOf(r.current()), BigDecimal.valueOf(r.previous())));
        }
        return AnnualCharts.png(tableTitle(t), Integer.toString(year), Integer.toString(year - 1), bars);
    }

    private static BigDecimal tenThousand(BigDecimal yuan) {
        return (yuan == null ? BigDecimal.ZERO : yuan).divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP);
    }

    private String date() {
        return issued.getYear() + "年" + issued.getMonthValue() + "月" + issued.getDayOfMonth() + "日";
    }

    byte[] docx() {
        DocxDocument doc = new DocxDocument().title(title()).line(text("doc.meta", reportNo));
        if (approval == null) {
            doc.line(text("doc.draft"));
        }
        doc.heading(text("doc.part1")).subheading(text("doc.part1.overview")).paragraph(body(AnnualSection.OVERVIEW));
        doc.heading(text("doc.part2"));
        for (AnnualSection s : AnnualSection.values()) {
            if (s.topic() != null) {
                doc.subheading(text("topic." + s.topic().name())).paragraph(body(s));
                List<String> facts = factLines(s.topic());
                if (!facts.isEmpty()) {
                    doc.paragraph(text("doc.facts") + String.join("；", facts) + "。");
                }
            }
        }
        doc.heading(text("doc.part3")).paragraph(text("doc.part3.intro", Integer.toString(year)));
        int i = 1;
        for (AnnualTable t : tables) {
            doc.subheading("（" + chineseNumber(i++) + "）" + tableTitle(t));
            doc.table(header(), cells(t));
            doc.picture(chart(t), AnnualCharts.WIDTH, AnnualCharts.HEIGHT, CHART_MM, t.id() + ".png");
        }
        doc.heading(text("doc.part4")).subheading(text("doc.part4.problems")).paragraph(body(AnnualSection.PROBLEMS))
                .subheading(text("doc.part4.plans")).paragraph(body(AnnualSection.PLANS));
        if (approval != null) {
            doc.line(approval);
        }
        if (sent != null) {
            doc.line(sent);
        }
        return doc.rightLine(enterprise).rightLine(date()).toBytes();
    }

    byte[] pdf(BaseFont font) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 64, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PdfPageDecoration(font, text("doc.header") + "  " + reportNo + (approval == null ? "  " + text("doc.draft") : ""),
                    text("doc.page"), text("doc.pageTotal")));
            Font titleFont = new Font(font, 18, Font.BOLD);
            Font heading = new Font(font, 13, Font.BOLD);
            Font subheading = new Font(font, 11.5f, Font.BOLD);
            Font body = new Font(font, 10.5f);
            Font small = new Font(font, 9f);
            document.open();
            for (String line : text("doc.title", enterprise, Integer.toString(year)).split("\n")) {
                Paragraph title = PdfText.paragraph(line, titleFont);
                title.setAlignment(Element.ALIGN_CENTER);
                document.add(title);
            }
            document.add(spaced(PdfText.paragraph(text("doc.meta", reportNo) + (approval == null ? "  " + text("doc.draft") : ""), body), 14));
            document.add(spaced(PdfText.paragraph(text("doc.part1"), heading), 10));
            document.add(PdfText.paragraph(text("doc.part1.overview"), subheading));
            lines(document, body(AnnualSection.OVERVIEW), body);
            document.add(spaced(PdfText.paragraph(text("doc.part2"), heading), 10));
            for (AnnualSection s : AnnualSection.values()) {
                if (s.topic() != null) {
                    document.add(spaced(PdfText.paragraph(text("topic." + s.topic().name()), subheading), 6));
                    lines(document, body(s), body);
                    List<String> facts = factLines(s.topic());
                    if (!facts.isEmpty()) {
                        lines(document, text("doc.facts") + String.join("；", facts) + "。", body);
                    }
                }
            }
            document.add(spaced(PdfText.paragraph(text("doc.part3"), heading), 10));
            lines(document, text("doc.part3.intro", Integer.toString(year)), body);
            int i = 1;
            for (AnnualTable t : tables) {
                document.add(spaced(PdfText.paragraph("（" + chineseNumber(i++) + "）" + tableTitle(t),
                        subheading), 8));
                PdfPTable table = new PdfPTable(new float[] {3.2f, 2f, 2f, 1.6f});
                table.setWidthPercentage(100);
                table.setHeaderRows(1);
                table.setSpacingBefore(4);
                for (String h : header()) {
                    PdfPCell c = PdfText.cell(h, new Font(font, 9f, Font.BOLD));
                    c.setHorizontalAlignment(Element.ALIGN_CENTER);
                    table.addCell(c);
                }
                for (List<String> row : cells(t)) {
                    for (int col = 0; col < row.size(); col++) {
                        PdfPCell c = PdfText.cell(row.get(col), small);
                        c.setHorizontalAlignment(col == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
                        table.addCell(c);
                    }
                }
                document.add(table);
                Image chart = Image.getInstance(chart(t));
                chart.scaleToFit(document.right() - document.left() - 40, 220);
                chart.setAlignment(Element.ALIGN_CENTER);
                document.add(chart);
            }
            document.add(spaced(PdfText.paragraph(text("doc.part4"), heading), 10));
            document.add(PdfText.paragraph(text("doc.part4.problems"), subheading));
            lines(document, body(AnnualSection.PROBLEMS), body);
            document.add(PdfText.paragraph(text("doc.part4.plans"), subheading));
            lines(document, body(AnnualSection.PLANS), body);
            if (approval != null) {
                document.add(spaced(PdfText.paragraph(approval, body), 10));
            }
            if (sent != null) {
                document.add(PdfText.paragraph(sent, body));
            }
            Paragraph signature = PdfText.paragraph(enterprise, body);
            signature.setAlignment(Element.ALIGN_RIGHT);
            signature.setSpacingBefore(28);
            document.add(signature);
            Paragraph date = PdfText.paragraph(date(), body);
            date.setAlignment(Element.ALIGN_RIGHT);
            document.add(date);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException(e);
        }
        document.close();
        return out.toByteArray();
    }

    private static Paragraph spaced(Paragraph p, float before) {
        p.setSpacingBefore(before);
        return p;
    }

    private static void lines(Document document, String text, Font font) throws DocumentException {
        for (String line : (text == null ? "" : text).split("\\R")) {
            Paragraph p = PdfText.paragraph(line.strip(), font);
            p.setFirstLineIndent(font.getSize() * 2);
            document.add(p);
        }
    }

    /** 一 to 九十九, for the numbered tables. */
    static String chineseNumber(int n) {
        String digits = "零一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : String.valueOf(digits.charAt(tens))) + "十" + (ones == 0 ? "" : String.valueOf(digits.charAt(ones)));
    }
}
