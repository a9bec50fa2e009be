package com.soegroup.accountability.shared;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

/**
 * A Word document (DOCX) laid out as Chinese official documents are (GB/T 9704: A4, title in 小标宋 二号,
 * body in 仿宋 三号, first lines indented two characters, page numbers at the foot), for the documents an office
 * edits, stamps and sends on: it is what they open in WPS or Word, so it carries real paragraphs and tables, never
 * an image of the text. The fonts are named, not embedded: every Chinese office machine has them, and Word falls
 * back to 宋体 where one is missing.
 */
public final class DocxDocument {

    private static final String TITLE_FONT = "方正小标宋简体";
    private static final String BODY_FONT = "仿宋_GB2312";
    private static final String HEADING_FONT = "黑体";
    private static final String SUBHEADING_FONT = "楷体_GB2312";
    private static final int TITLE_SIZE = 22;   // 二号
    private static final int BODY_SIZE = 16;    // 三号
    private static final int TABLE_SIZE = 12;   // 小四
    private static final int TWIPS_PER_MM = 57;

    private final XWPFDocument document = new XWPFDocument();

    public DocxDocument() {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(37L * TWIPS_PER_MM));
        margins.setBottom(BigInteger.valueOf(35L * TWIPS_PER_MM));
        margins.setLeft(BigInteger.valueOf(28L * TWIPS_PER_MM));
        margins.setRight(BigInteger.valueOf(26L * TWIPS_PER_MM));
        pageNumbers();
    }

    /** The document's title, centred. */
    public DocxDocument title(String text) {
        XWPFParagraph p = document.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(400);
        run(p, text, TITLE_FONT, TITLE_SIZE, false);
        return this;
    }

    /** A line under the title or above the body (e.g. the addressee, a number), without indent. */
    public DocxDocument line(String text) {
        XWPFParagraph p = document.createParagraph();
        run(p, text, BODY_FONT, BODY_SIZE, false);
        return this;
    }

    /** A right-aligned line (the issuing unit, the date at the end). */
    public DocxDocument rightLine(String text) {
        XWPFParagraph p = document.createParagraph();
        p.setAlignment(ParagraphAlignment.RIGHT);
        run(p, text, BODY_FONT, BODY_SIZE, false);
        return this;
    }

    /** A first-level heading ("一、……"), in 黑体. */
    public DocxDocument heading(String text) {
        XWPFParagraph p = document.createParagraph();
        p.setFirstLineIndent(2 * BODY_SIZE * 20);
        run(p, text, HEADING_FONT, BODY_SIZE, false);
        return this;
    }

    /** A second-level heading ("（一）……"), in 楷体. */
    public DocxDocument subheading(String text) {
        XWPFParagraph p = document.createParagraph();
        p.setFirstLineIndent(2 * BODY_SIZE * 20);
        run(p, text, SUBHEADING_FONT, BODY_SIZE, false);
        return this;
    }

    /** Body text; each line of {@code text} becomes a paragraph indented two characters. */
    public DocxDocument paragraph(String text) {
        for (String line : (text == null ? "" : text).split("\\R")) {
            XWPFParagraph p = document.createParagraph();
            p.setFirstLineIndent(2 * BODY_SIZE * 20);
            run(p, line, BODY_FONT, BODY_SIZE, false);
        }
        return this;
    }

    /** A bordered table with a bold header row, as wide as the text. */
    public DocxDocument table(List<String> header, List<List<String>> rows) {
        XWPFTable table = document.createTable(rows.size() + 1, header.size());
        table.setWidth("100%");
        table.setTableAlignment(TableRowAlign.CENTER);
        fill(table.getRow(0), header, true);
        for (int i = 0; i < rows.size(); i++) {
            fill(table.getRow(i + 1), rows.get(i), false);
        }
        document.createParagraph();
        return this;
    }

    /**
     * A picture (a chart, PNG of {@code widthPx} × {@code heightPx}) centred on a line of its own, {@code widthMm}
     * wide with its proportions kept.
     */
    public DocxDocument picture(byte[] png, int widthPx, int heightPx, int widthMm, String name) {
        XWPFParagraph p = document.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        int width = widthMm * Units.EMU_PER_CENTIMETER / 10;
        int height = (int) ((long) width * heightPx / widthPx);
        try {
            p.createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, name, width, height);
        } catch (IOException | InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    public byte[] toBytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean header) {
        for (int i = 0; i < cells.size(); i++) {
            XWPFTableCell cell = row.getCell(i);
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setAlignment(header ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            run(p, cells.get(i), BODY_FONT, TABLE_SIZE, header);
        }
        if (header) {
            row.setRepeatHeader(true);
        }
    }

    private static XWPFRun run(XWPFParagraph p, String text, String font, int size, boolean bold) {
        XWPFRun run = p.createRun();
        run.setText(text == null ? "" : text);
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontFamily(font, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(font, XWPFRun.FontCharRange.hAnsi);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        return run;
    }

    /** "— 1 —" centred at the foot of every page, the page number a field Word and WPS keep up to date. */
    private void pageNumbers() {
        XWPFFooter footer = document.createHeaderFooterPolicy().createFooter(XWPFHeaderFooterPolicy.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, "— ", BODY_FONT, 14, false);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        p.createRun().getCTR().addNewInstrText().setStringValue("PAGE");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        run(p, " —", BODY_FONT, 14, false);
    }
}
