package com.soegroup.accountability.api.org;

import com.soegroup.accountability.api.ApiMessages;
import com.soegroup.accountability.org.ImportError;
import com.soegroup.accountability.org.ImportKind;
import com.soegroup.accountability.org.ImportResult;
import com.soegroup.accountability.org.ImportTemplates;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.ErrorCode;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The import API's shared parts: reading the multipart upload (a part {@code file}, optionally a part
 * {@code kind}), the answer (200 with the counts, or 400 with the api.md error body plus every bad row),
 * and template downloads.
 */
final class Imports {

    /** Larger than TableReader's limit, so that its sentence is the one a too-large file gets. */
    private static final int READ_LIMIT = 12 * 1024 * 1024;

    private Imports() {
    }

    record Upload(String fileName, byte[] content, String kind) {
    }

    public record Saved(String kind, String file, int rows, int created, int updated, int unchanged) {
    }

    @JsonbPropertyOrder({"row", "column", "reason"})
    public record RowError(int row, String column, String reason) {
    }

    /** The api.md error body, with every bad row of the file. */
    @JsonbPropertyOrder({"error", "message", "field", "rows"})
    public record Rejected(String error, String message, String field, List<RowError> rows) {
    }

    static Upload read(List<EntityPart> parts) {
        if (parts == null) {
            throw AccountabilityException.invalid("file", "import.file.missing");
        }
        String fileName = null;
        byte[] content = null;
        String kind = null;
        try {
            for (EntityPart part : parts) {
                if ("file".equals(part.getName())) {
                    fileName = part.getFileName().orElse(null);
                    try (InputStream in = part.getContent()) {
                        content = in.readNBytes(READ_LIMIT);
                    }
                } else if ("kind".equals(part.getName())) {
                    kind = new String(part.getContent().readAllBytes(), StandardCharsets.UTF_8).strip();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (content == null) {
            throw AccountabilityException.invalid("file", "import.file.missing");
        }
        return new Upload(fileName, content, kind == null || kind.isEmpty() ? null : kind);
    }

    static ImportKind kind(String text, ImportKind fallback, Set<ImportKind> allowed) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            ImportKind kind = ImportKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
            if (allowed.contains(kind)) {
                return kind;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw AccountabilityException.invalid("kind", "field.unknownCode", text);
    }

    static Response answer(ImportResult result, HttpHeaders headers) {
        if (result.saved()) {
            return Response.ok(new Saved(result.kind().name(), result.fileName(), result.rows(), result.created(),
                    result.updated(), result.unchanged()), MediaType.APPLICATION_JSON_TYPE).build();
        }
        Locale locale = ApiMessages.choose(headers.getAcceptableLanguages());
        List<RowError> rows = result.errors().stream().map(e -> new RowError(e.row(), e.column(), reason(e, locale))).toList();
        long badRows = result.errors().stream().mapToInt(ImportError::row).distinct().count();
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new Rejected(ErrorCode.INVALID_INPUT.name(),
                        ApiMessages.text(locale, "import.rejected", badRows, result.errors().size()), "file", rows))
                .build();
    }

    static String reason(ImportError e, Locale locale) {
        return ApiMessages.text(locale, e.messageKey(), e.arguments().toArray());
    }

    static ImportTemplates.Format format(String text) {
        if (text == null || text.isBlank()) {
            return ImportTemplates.Format.XLSX;
        }
        try {
            return ImportTemplates.Format.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw AccountabilityException.invalid("format", "field.unknownCode", text);
        }
    }

    static Response template(byte[] content, ImportKind kind, ImportTemplates.Format format) {
        String type = format == ImportTemplates.Format.CSV ? "text/csv; charset=UTF-8"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        return Response.ok(content, type)
                .header("Content-Disposition", "attachment; filename=\"" + ImportTemplates.fileName(kind, format) + "\"")
                .build();
    }
}
