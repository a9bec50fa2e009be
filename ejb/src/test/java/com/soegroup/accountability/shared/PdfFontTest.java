package com.soegroup.accountability.shared;

import com.lowagie.text.pdf.BaseFont;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PDF font the build brings: there without any font of the machine, and it covers the Chinese we print. */
class PdfFontTest {

    @Test
    void theBuildBringsNotoSansScRegular() {
        BaseFont font = PdfFont.bundled();
        assertNotNull(font, "the ejb build puts the font at " + PdfFont.RESOURCE);
        assertTrue(font.getPostscriptFontName().contains("NotoSansSC-Regular"), font.getPostscriptFontName());
    }

    /** Names and words of reports are Chinese of any kind: every character of GB 2312 (both levels) has a glyph. */
    @Test
    void everyGb2312CharacterHasAGlyph() {
        BaseFont font = PdfFont.bundled();
        assertNotNull(font);
        List<String> missing = new ArrayList<>();
        Charset gb2312 = Charset.forName("GB2312");
        for (int high = 0xB0; high <= 0xF7; high++) {
            for (int low = 0xA1; low <= 0xFE; low++) {
                String c = new String(new byte[]{(byte) high, (byte) low}, gb2312);
                if (c.length() == 1 && c.charAt(0) != '\uFFFD' && !font.charExists(c.charAt(0))) {
                    missing.add(c);
                }
            }
        }
        for (char c : "，。、；：（）“”《》—￥·１２３".toCharArray()) {
            if (!font.charExists(c)) {
                missing.add(String.valueOf(c));
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void aConfiguredFontThatCannotBeLoadedFallsBackToTheBundledOne() {
        BaseFont font = PdfFont.find("/nonexistent/font.ttf");
        assertNotNull(font);
        assertTrue(font.getPostscriptFontName().contains("NotoSansSC"), font.getPostscriptFontName());
    }
}
