package com.soegroup.accountability.clue;

import com.soegroup.accountability.shared.AccountabilityException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files are judged by their content, and the name must agree; receipt codes are long, random and hashed. */
class AttachmentsTest {

    @Test
    void theTypeComesFromTheContentAndMustMatchTheName() {
        byte[] pdf = "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII);
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0};
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0};

        assertEquals("application/pdf", Attachments.detect(pdf, "pdf"));
        assertNull(Attachments.detect(exe, "pdf"), "an .exe renamed .pdf");
        assertNull(Attachments.detect(pdf, "png"), "a PDF named .png");
        assertEquals("image/png", Attachments.detect(png, "png"));
        assertEquals("text/plain;charset=UTF-8", Attachments.detect("说明".getBytes(StandardCharsets.UTF_8), "txt"));
        assertNull(Attachments.detect(new byte[]{'a', 0, 'b'}, "txt"));
    }

    @Test
    void tooManyTooLargeOrEmptyFilesAreRefusedNamingTheField() {
        byte[] pdf = "%PDF-1.7".getBytes(StandardCharsets.US_ASCII);
        assertEquals("attachments[1]", assertThrows(AccountabilityException.class, () -> Attachments.check(List.of(
                new Attachments.Upload("a.pdf", pdf), new Attachments.Upload("b.pdf", new byte[0])))).field());
        byte[] big = new byte[Attachments.MAX_BYTES + 1];
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        assertEquals("attachments[0]", assertThrows(AccountabilityException.class,
                () -> Attachments.check(List.of(new Attachments.Upload("big.pdf", big)))).field());
        List<Attachments.Upload> six = Collections.nCopies(6, new Attachments.Upload("a.pdf", pdf));
        assertEquals("attachments", assertThrows(AccountabilityException.class, () -> Attachments.check(six)).field());
    }

    @Test
    void namesLoseFoldersAndControlCharacters() {
        assertEquals("证据.pdf", Attachments.cleanName("C:\\Users\\某\\证据.pdf"));
        assertEquals("x.pdf", Attachments.cleanName("../../x.pdf\u0000"));
        assertEquals("file", Attachments.cleanName(null));
    }

    @Test
    void receiptCodesCarry160RandomBitsAndNormaliseAsTyped() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = ReceiptCodes.generate();
            assertTrue(code.matches("([A-Z2-7]{4}-){7}[A-Z2-7]{4}"), code);
            assertTrue(seen.add(code));
        }
        String code = ReceiptCodes.generate();
        String typed = " " + code.toLowerCase().replace("-", " ") + " ";
        assertEquals(ReceiptCodes.hash(ReceiptCodes.normalise(code)), ReceiptCodes.hash(ReceiptCodes.normalise(typed)));
        assertNull(ReceiptCodes.normalise("1234"));
        assertEquals(64, ReceiptCodes.hash(ReceiptCodes.normalise(code)).length());
    }
}
