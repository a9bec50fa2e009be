package com.soegroup.accountability.shared;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;

/**
 * Text for the application's PDFs as people read Chinese on paper: lines 1.5 times the font's size apart and
 * broken by {@link ChineseLineBreak}, so no comma starts a line. Use these instead of {@code new Paragraph(text,
 * font)}, whose lines are set tight and break before any punctuation.
 */
public final class PdfText {

    /** Line height as a multiple of the font size. */
    public static final float LEADING = 1.5f;

    private PdfText() {
    }

    /** A chunk of text that breaks lines the Chinese way. */
    public static Chunk chunk(String text, Font font) {
        Chunk chunk = new Chunk(text == null ? "" : text, font);
        chunk.setSplitCharacter(ChineseLineBreak.INSTANCE);
        return chunk;
    }

    public static Paragraph paragraph(String text, Font font) {
        Paragraph paragraph = new Paragraph();
        paragraph.setFont(font);
        paragraph.setLeading(0, LEADING);
        paragraph.add(chunk(text, font));
        return paragraph;
    }

    public static Phrase phrase(String text, Font font) {
        Phrase phrase = new Phrase(font.getSize() * LEADING, chunk(text, font));
        phrase.setFont(font);
        return phrase;
    }

    /** A table cell of text; table cells are set a little tighter (1.3) to keep ledgers compact. */
    public static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(phrase(text, font));
        cell.setLeading(0, 1.3f);
        cell.setPaddingBottom(4);
        return cell;
    }
}
