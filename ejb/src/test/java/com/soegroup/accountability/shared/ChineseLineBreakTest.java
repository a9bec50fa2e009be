package com.soegroup.accountability.shared;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Chinese line breaking in PDFs: no closing punctuation at a line's start, no opening one at its end. */
class ChineseLineBreakTest {

    @Test
    void closingPunctuationNeverStartsALine() {
        assertFalse(ChineseLineBreak.canBreakAfter('损', '，'));
        assertFalse(ChineseLineBreak.canBreakAfter('失', '。'));
        assertFalse(ChineseLineBreak.canBreakAfter('期', '）'));
        assertFalse(ChineseLineBreak.canBreakAfter('查', '、'));
        assertFalse(ChineseLineBreak.canBreakAfter('限', '：'));
        assertFalse(ChineseLineBreak.canBreakAfter('见', '」'));
    }

    @Test
    void openingPunctuationNeverEndsALine() {
        assertFalse(ChineseLineBreak.canBreakAfter('（', '含'));
        assertFalse(ChineseLineBreak.canBreakAfter('「', '预'));
    }

    @Test
    void chineseBreaksBetweenCharactersAndAfterPunctuationLatinOnlyAtSpaces() {
        assertTrue(ChineseLineBreak.canBreakAfter('资', '产'));
        assertTrue(ChineseLineBreak.canBreakAfter('，', '预'));
        assertTrue(ChineseLineBreak.canBreakAfter('。', '（'));
        assertTrue(ChineseLineBreak.canBreakAfter('）', '资'));
        assertTrue(ChineseLineBreak.canBreakAfter(' ', 'Y'));
        assertFalse(ChineseLineBreak.canBreakAfter('Y', 'B'));
        assertFalse(ChineseLineBreak.canBreakAfter('2', '0'));
        assertTrue(ChineseLineBreak.canBreakAfter('资', (char) 0));
    }

    /**
     * A paragraph laid out in a column a few characters wide, whatever the width: every line the PDF holds starts
     * with no closing punctuation and ends with no opening one (OpenPDF's own rule breaks before "，").
     */
    @Test
    void aRenderedParagraphHasNoPunctuationAtALinesStart() throws Exception {
        BaseFont font = PdfFont.bundled();
        assertNotNull(font);
        String text = "经核查，示范建设设计院有限公司（含下属企业）在预付账款管理中，未经集体决策即支付工程款，"
                + "造成资产损失。责任人：张伟、李娜；办理期限：2026-12-10。「一事一报告」已报送。";
        List<String> lines = new ArrayList<>();
        for (float width = 60; width <= 200; width += 7) {
            lines.addAll(lines(text, font, width));
        }
        assertTrue(lines.size() > 40, "many lines in narrow columns: " + lines.size());
        for (String line : lines) {
            String l = line.strip();
            if (!l.isEmpty()) {
                assertEquals(-1, ChineseLineBreak.NO_LINE_START.indexOf(l.charAt(0)), () -> "line starts with punctuation: " + l);
                assertEquals(-1, ChineseLineBreak.NO_LINE_END.indexOf(l.charAt(l.length() - 1)), () -> "line ends with an opening bracket: " + l);
            }
        }
    }

    private static List<String> lines(String text, BaseFont font, float width) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(new Rectangle(width + 20, 2000), 10, 10, 10, 10);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(PdfText.paragraph(text, new Font(font, 10)));
        document.close();
        String extracted = new PdfTextExtractor(new PdfReader(out.toByteArray())).getTextFromPage(1);
        return List.of(extracted.split("\n"));
    }
}
