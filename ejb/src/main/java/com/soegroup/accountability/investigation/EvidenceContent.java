package com.soegroup.accountability.investigation;

import com.soegroup.accountability.shared.AccountabilityException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What an evidence file is, judged by its bytes, not its name: PDF, PNG, JPEG, GIF, TIFF, Office Open XML
 * (docx, xlsx, pptx) and legacy Office (OLE2). Anything else — an executable renamed to .pdf, an archive, a
 * script — is refused, as are empty and oversized files.
 */
public final class EvidenceContent {

    public static final int MAX_BYTES = 8 * 1024 * 1024;

    private EvidenceContent() {
    }

    /** The content type of an acceptable file; a refusal (400, field "file") otherwise. */
    public static String check(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw AccountabilityException.invalid("file", "evidence.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw AccountabilityException.invalid("file", "evidence.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String type = detect(bytes);
        if (type == null) {
            throw AccountabilityException.invalid("file", "evidence.type");
        }
        return type;
    }

    static String detect(byte[] b) {
        if (starts(b, "%PDF-".getBytes())) {
            return "application/pdf";
        }
        if (starts(b, new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return "image/png";
        }
        if (starts(b, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "image/jpeg";
        }
        if (starts(b, "GIF87a".getBytes()) || starts(b, "GIF89a".getBytes())) {
            return "image/gif";
        }
        if (starts(b, new byte[]{'I', 'I', 42, 0}) || starts(b, new byte[]{'M', 'M', 0, 42})) {
            return "image/tiff";
        }
        if (starts(b, new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1})) {
            return "application/x-ole-storage";
        }
        if (starts(b, new byte[]{'P', 'K', 3, 4})) {
            return officeOpenXml(b);
        }
        return null;
    }

    /** A zip is an Office document only with [Content_Types].xml and the part folder of Word, Excel or PowerPoint. */
    private static String officeOpenXml(byte[] b) {
        boolean contentTypes = false;
        String kind = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && entries++ < 10_000) {
                String name = entry.getName();
                if (name.equals("[Content_Types].xml")) {
                    contentTypes = true;
                } else if (name.startsWith("word/")) {
                    kind = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                } else if (name.startsWith("xl/")) {
                    kind = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                } else if (name.startsWith("ppt/")) {
                    kind = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        return contentTypes ? kind : null;
    }

    private static boolean starts(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
