package com.soegroup.accountability.api.org;

import com.soegroup.accountability.api.ApiMessages;
import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.org.ImportError;
import com.soegroup.accountability.org.ImportKind;
import com.soegroup.accountability.org.ImportResult;
import com.soegroup.accountability.org.ImportTemplates;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.ErrorCode;
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

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Larger than TableReader's limit, so that its sentence is the one a too-large file gets. */
    private static final int READ_LIMIT = 12 * 1024 * 1024;

    private Imports() {
    }

    record Upload(String fileName, byte[] content, String kind) {
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
        ImportKind kind = ApiValues.code(ImportKind.class, "kind", text);
        if (kind == null) {
            return fallback;
        }
        if (!allowed.contains(kind)) {
            throw AccountabilityException.invalid("kind", "field.unknownCode", text);
        }
        return kind;
    }

    static Response answer(ImportResult result, HttpHeaders headers) {
        if (result.saved()) {
            return Response.ok(new OrgDtos.Saved(result.kind().name(), result.fileName(), result.rows(), result.created(),
                    result.updated(), result.unchanged()), MediaType.APPLICATION_JSON_TYPE).build();
        }
        Locale locale = ApiMessages.choose(headers.getAcceptableLanguages());
        List<OrgDtos.RowError> rows = result.errors().stream()
                .map(e -> new OrgDtos.RowError(e.row(), e.column(), reason(e, locale))).toList();
        long badRows = result.errors().stream().mapToInt(ImportError::row).distinct().count();
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new OrgDtos.Rejected(ErrorCode.INVALID_INPUT.name(),
                        ApiMessages.text(locale, "import.rejected", badRows, result.errors().size()), "file", rows))
                .build();
    }

    static String reason(ImportError e, Locale locale) {
        return ApiMessages.text(locale, e.messageKey(), e.arguments().toArray());
    }

    static ImportTemplates.Format format(String text) {
        ImportTemplates.Format format = ApiValues.code(ImportTemplates.Format.class, "format", text);
        return format == null ? ImportTemplates.Format.XLSX : format;
    }

    static Response template(byte[] content, ImportKind kind, ImportTemplates.Format format) {
        String type = format == ImportTemplates.Format.CSV ? "text/csv; charset=UTF-8" : XLSX;
        return Response.ok(content, type)
                .header("Content-Disposition", "attachment; filename=\"" + ImportTemplates.fileName(kind, format) + "\"")
                .build();
    }
}
