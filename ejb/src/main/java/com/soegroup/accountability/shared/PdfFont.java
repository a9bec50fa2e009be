package com.soegroup.accountability.shared;

import com.lowagie.text.pdf.BaseFont;

import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Chinese font embedded in every PDF (ledger exports, reports; subset, Identity-H), found once and kept.
 * The application brings its own, Noto Sans SC Regular at {@value #RESOURCE} (the ejb build takes it from a
 * font package), so a PDF looks the same whatever fonts the server has installed. A server may choose another
 * with the setting {@value Settings#PDF_FONT} ("file" or "file.ttc,index" for a collection); one that cannot be
 * loaded is reported in the log and the bundled font is used, so a typo does not stop every PDF.
 */
public final class PdfFont {

    static final String RESOURCE = "/fonts/report-cjk.ttf";
    private static final Logger LOG = Logger.getLogger(PdfFont.class.getName());

    private static volatile BaseFont cached;

    private PdfFont() {
    }

    /** The font, or null when none is available (only when the application was built without its font). */
    public static BaseFont load() {
        BaseFont font = cached;
        if (font != null) {
            return font;
        }
        synchronized (PdfFont.class) {
            if (cached == null) {
                cached = find(Settings.pdfFont().orElse(null));
            }
            return cached;
        }
    }

    static BaseFont find(String configured) {
        if (configured != null && !configured.isBlank()) {
            try {
                return BaseFont.createFont(configured.strip(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            } catch (IOException | RuntimeException e) {
                LOG.warning("The PDF font " + Settings.PDF_FONT + "=" + configured + " cannot be loaded (" + e
                        + "); PDFs use the bundled Noto Sans SC instead");
            }
        }
        return bundled();
    }

    static BaseFont bundled() {
        try (InputStream in = PdfFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                LOG.severe("The application was built without its PDF font " + RESOURCE + ": PDFs are refused");
                return null;
            }
            return BaseFont.createFont("report-cjk.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "The bundled PDF font " + RESOURCE + " cannot be loaded: PDFs are refused", e);
            return null;
        }
    }
}
