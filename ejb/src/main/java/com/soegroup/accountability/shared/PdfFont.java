package com.soegroup.accountability.shared;

import com.lowagie.text.pdf.BaseFont;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The Chinese font embedded in every PDF (ledger exports, reports; subset, Identity-H), so they render on any
 * machine; found once and kept. Looked for in
 * this order: the file named by the system property {@value #PROPERTY} ("file.ttc,index" for a collection); a
 * font shipped on the class path at {@value #RESOURCE} (a font package bundled into the EAR's lib/); the usual
 * Noto CJK / WenQuanYi files of a Linux server. None of them: the report is refused with a clear message.
 */
public final class PdfFont {

    public static final String PROPERTY = "accountability.pdf-font";
    static final String RESOURCE = "/fonts/report-cjk.ttf";
    static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
            "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,2",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc,2",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
            "/usr/share/fonts/truetype/arphic/uming.ttc,0");

    private static volatile BaseFont cached;

    private PdfFont() {
    }

    /** The font, or null when none is available. */
    public static BaseFont load() {
        BaseFont font = cached;
        if (font != null) {
            return font;
        }
        synchronized (PdfFont.class) {
            if (cached == null) {
                cached = find();
            }
            return cached;
        }
    }

    private static BaseFont find() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return file(configured.strip());
        }
        try (InputStream in = PdfFont.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                byte[] bytes = in.readAllBytes();
                return BaseFont.createFont("report-cjk.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
            }
        } catch (IOException | RuntimeException e) {
            // fall through to the server's fonts
        }
        for (String candidate : CANDIDATES) {
            if (Files.isRegularFile(Path.of(candidate.replaceAll(",\\d+$", "")))) {
                BaseFont font = file(candidate);
                if (font != null) {
                    return font;
                }
            }
        }
        return null;
    }

    private static BaseFont file(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
