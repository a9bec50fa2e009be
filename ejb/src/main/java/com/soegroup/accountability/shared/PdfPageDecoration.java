package com.soegroup.accountability.shared;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * What every PDF of the module carries on each page: a header line (the document and its number: ledger, case,
 * decision) at the top right, and "第 n 页，共 N 页" centred at the bottom. The total is written into a template
 * when the document closes, so a document that streams page by page (a large ledger) gets it too.
 */
public final class PdfPageDecoration extends PdfPageEventHelper {

    private static final float SIZE = 8.5f;

    private final BaseFont base;
    private final Font font;
    private final String header;
    private final String pageFormat;
    private final String totalFormat;
    private PdfTemplate total;

    /**
     * @param pageFormat  e.g. "第 {0} 页"
     * @param totalFormat e.g. "，共 {0} 页", drawn right after the page number
     */
    public PdfPageDecoration(BaseFont font, String header, String pageFormat, String totalFormat) {
        this.base = font;
        this.font = new Font(font, SIZE);
        this.header = header;
        this.pageFormat = pageFormat;
        this.totalFormat = totalFormat;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(base.getWidthPoint(totalFormat.replace("{0}", "99999"), SIZE), SIZE * 1.5f);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(header, font), document.right(), document.top() + 20, 0);
        String page = pageFormat.replace("{0}", String.valueOf(writer.getPageNumber()));
        float width = base.getWidthPoint(page, SIZE) + base.getWidthPoint(totalFormat.replace("{0}", "99"), SIZE);
        float x = (document.left() + document.right() - width) / 2;
        float y = document.bottom() - 24;
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(page, font), x, y, 0);
        canvas.addTemplate(total, x + base.getWidthPoint(page, SIZE), y);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        ColumnText.showTextAligned(total, Element.ALIGN_LEFT,
                new Phrase(totalFormat.replace("{0}", String.valueOf(writer.getPageNumber() - 1)), font), 0, 0, 0);
    }
}
