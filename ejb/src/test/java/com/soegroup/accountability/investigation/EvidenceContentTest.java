package com.soegroup.accountability.investigation;

import com.soegroup.accountability.shared.AccountabilityException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EvidenceContentTest {

    @Test
    void typesComeFromTheBytes() throws IOException {
        assertEquals("application/pdf", EvidenceContent.check("%PDF-1.7\n...".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("image/png", EvidenceContent.check(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}));
        assertEquals("image/jpeg", EvidenceContent.check(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                EvidenceContent.check(zip("[Content_Types].xml", "word/document.xml")));
    }

    @Test
    void executablesArchivesEmptyAndOversizedFilesAreRefused() throws IOException {
        assertEquals("evidence.type", refused(new byte[]{'M', 'Z', (byte) 0x90, 0, 3, 0}).messageKey());
        assertEquals("evidence.type", refused(new byte[]{0x7F, 'E', 'L', 'F', 2, 1}).messageKey());
        assertEquals("evidence.type", refused(zip("payload.exe", "readme.txt")).messageKey());
        assertEquals("evidence.empty", refused(new byte[0]).messageKey());
        byte[] big = new byte[EvidenceContent.MAX_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.ISO_8859_1), 0, big, 0, 5);
        assertEquals("evidence.tooLarge", refused(big).messageKey());
    }

    private static AccountabilityException refused(byte[] bytes) {
        AccountabilityException e = assertThrows(AccountabilityException.class, () -> EvidenceContent.check(bytes));
        assertEquals("file", e.field());
        return e;
    }

    private static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("x".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
