package com.soegroup.accountability.clue;

import com.soegroup.accountability.shared.AccountabilityException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * What files a clue takes (plain Java, tested): PDF, JPEG, PNG, Word and Excel (.docx, .xlsx) and plain text,
 * up to {@link #MAX_BYTES} each and {@link #MAX_FILES} at a time. The type is read from the content's first
 * bytes, and the file's name must say the same: an .exe renamed .pdf is refused.
 */
public final class Attachments {

    // below the server's default request limit (10 MB), so an oversized file still gets a clear answer
    public static final int MAX_BYTES = 8 * 1024 * 1024;
    public static final int MAX_FILES = 5;
    /**
     * What the files of one form may weigh together: the server refuses a request over 10 MB before the application
     * sees it (Undertow's max-post-size), so the page checks this in the browser; the rest is for the form's fields.
     */
    public static final int MAX_TOTAL_BYTES = 10 * 1024 * 1024 - 256 * 1024;

    /** A file as uploaded: the name the sender gave and the bytes. */
    public record Upload(String name, byte[] content) {
    }

    /** A file that passed: a clean name, the type its content shows, its SHA-256 in hex. */
    public record Checked(String name, String contentType, byte[] content, String sha256) {
    }

    private Attachments() {
    }

    public static List<Checked> check(List<Upload> uploads) {
        if (uploads == null || uploads.isEmpty()) {
            return List.of();
        }
        if (uploads.size() > MAX_FILES) {
            throw AccountabilityException.invalid("attachments", "attachment.tooMany", MAX_FILES);
        }
        return IntStream.range(0, uploads.size()).mapToObj(i -> check(uploads.get(i), "attachments[" + i + "]")).toList();
    }

    static Checked check(Upload upload, String field) {
        String name = cleanName(upload.name());
        byte[] bytes = upload.content();
        if (bytes == null || bytes.length == 0) {
            throw AccountabilityException.invalid(field, "attachment.empty", name);
        }
        if (bytes.length > MAX_BYTES) {
            throw AccountabilityException.invalid(field, "attachment.tooLarge", name, MAX_BYTES / 1024 / 1024);
        }
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        String detected = detect(bytes, extension);
        if (detected == null) {
            throw AccountabilityException.invalid(field, "attachment.type", name);
        }
        return new Checked(name, detected, bytes, sha256(bytes));
    }

    /** The content type the bytes show, if it is one we take and the name's extension agrees. */
    static String detect(byte[] b, String extension) {
        if (starts(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return extension.equals("pdf") ? "application/pdf" : null;
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return extension.equals("jpg") || extension.equals("jpeg") ? "image/jpeg" : null;
        }
        if (starts(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return extension.equals("png") ? "image/png" : null;
        }
        if (starts(b, 0x50, 0x4B, 0x03, 0x04)) {
            // an Office Open XML file is a zip whose first entry names its content types
            boolean ooxml = new String(b, 0, Math.min(b.length, 2000), StandardCharsets.ISO_8859_1).contains("[Content_Types].xml");
            return !ooxml ? null : switch (extension) {
                case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                default -> null;
            };
        }
        if (extension.equals("txt") && isText(b)) {
            return "text/plain;charset=UTF-8";
        }
        return null;
    }

    private static boolean isText(byte[] b) {
        for (byte x : b) {
            if (x == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The last part of the name (no folders), without control characters, at most 200 characters. */
    static String cleanName(String name) {
        String n = name == null ? "" : name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        if (n.isEmpty()) {
            n = "file";
        }
        return n.length() <= 200 ? n : n.substring(n.length() - 200);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
