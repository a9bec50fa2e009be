package com.soegroup.accountability.it.clue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Dates;
import com.soegroup.accountability.testsupport.Samples;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The printed ledger carries the circumstances suspected, as the workbook does: by their short names, never codes. */
class ClueLedgerPdfIT extends ApplicationIT {

    @Test
    void thePdfLedgerNamesTheSuspectedCircumstances() throws Exception {
        Api.Reply registered = Api.as("office").post("/clues", "{\"source\": \"AUDIT\", \"receivedOn\": \"" + Dates.TODAY
                + "\", \"enterprise\": \"YBJSLQ\", \"summary\": \"路桥公司向关联方高价采购沥青 CIRCUMSTANCE-PDF-PROBE\", "
                + "\"violations\": [\"9-4\", \"12-4\"]}");
        assertEquals(201, registered.status(), registered::toString);
        String no = registered.json().getJsonObject("clue").getString("ledgerNo");

        HttpResponse<byte[]> file = Api.as("office").download("/clues/export.pdf?q="
                + URLEncoder.encode("CIRCUMSTANCE-PDF-PROBE", StandardCharsets.UTF_8));
        assertEquals(200, file.statusCode(), () -> new String(file.body(), StandardCharsets.UTF_8));
        Samples.save("clue-ledger-circumstances.pdf", file.body());
        PdfReader reader = new PdfReader(file.body());
        // a cell wraps its text over lines: read the page without the breaks
        String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", "");
        reader.close();
        assertTrue(text.contains(no), text);
        assertTrue(text.contains("违规情形（疑似）"), "the column's header: " + text);
        assertTrue(text.contains("利用关联交易输送利益"), "the short name of 第九条第（四）项: " + text);
        assertFalse(text.contains("9-4") || text.contains("PURCHASE_SALES"), "names, never codes: " + text);
    }
}
