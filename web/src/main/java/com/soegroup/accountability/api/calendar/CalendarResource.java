package com.soegroup.accountability.api.calendar;

import com.soegroup.accountability.api.ApiMessages;
import com.soegroup.accountability.calendar.CalendarImportResult;
import com.soegroup.accountability.calendar.CalendarService;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.ErrorCode;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * {@code /calendar/{year}}: the working-day calendar every deadline counts with — read by any role, kept by ADMIN
 * (the whole year at once, or imported from a file; a file with any wrong row changes nothing).
 */
@Path("calendar/{year}")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    /** Larger than the service's own limit, so that its sentence is the one a too-large file gets. */
    private static final int READ_LIMIT = 12 * 1024 * 1024;

    @EJB
    private CalendarService calendar;

    @Context
    private HttpHeaders headers;

    @GET
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    @Operation(summary = "A year's holidays and worked weekend days (kept false: Monday to Friday)")
    public CalendarDtos.Year get(@PathParam("year") int year) {
        return CalendarDtos.Year.of(calendar.year(year));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_ADMIN)
    @Operation(summary = "Keep a year: its notice and every special day, replacing the ones before (ADMIN)")
    public CalendarDtos.Year put(@PathParam("year") int year, CalendarDtos.YearRequest r) {
        if (r.version() == null) {
            throw AccountabilityException.invalid("version", "field.required");
        }
        return CalendarDtos.Year.of(calendar.save(year, r.version(), r.source(),
                r.days().stream().map(CalendarDtos.Day::data).toList()));
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Role.R_ADMIN)
    @Operation(summary = "Import a year from CSV (UTF-8 or GBK) or .xlsx: 日期, 类型 (放假/上班), 名称 (ADMIN); all or nothing")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = CalendarDtos.ImportForm.class)))
    @APIResponse(responseCode = "200", description = "Saved",
            content = @Content(schema = @Schema(implementation = CalendarDtos.Year.class)))
    @APIResponse(responseCode = "400", description = "Refused, with every bad row",
            content = @Content(schema = @Schema(implementation = CalendarDtos.Rejected.class)))
    public Response importFile(@PathParam("year") int year, List<EntityPart> parts) {
        byte[] content = null;
        String source = null;
        String version = null;
        try {
            for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
                switch (part.getName()) {
                    case "file" -> {
                        try (InputStream in = part.getContent()) {
                            content = in.readNBytes(READ_LIMIT);
                        }
                    }
                    case "source" -> source = new String(part.getContent().readAllBytes(), StandardCharsets.UTF_8);
                    case "version" -> version = new String(part.getContent().readAllBytes(), StandardCharsets.UTF_8).strip();
                    default -> { }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (content == null) {
            throw AccountabilityException.invalid("file", "import.file.missing");
        }
        int read;
        try {
            read = version == null ? -1 : Integer.parseInt(version);
        } catch (NumberFormatException e) {
            throw AccountabilityException.invalid("version", "input.integer");
        }
        CalendarImportResult result = calendar.importFile(year, read, source, content);
        if (result.saved()) {
            return Response.ok(CalendarDtos.Year.of(calendar.year(year)), MediaType.APPLICATION_JSON_TYPE).build();
        }
        Locale locale = ApiMessages.choose(headers.getAcceptableLanguages());
        List<CalendarDtos.RowError> rows = result.errors().stream()
                .map(e -> new CalendarDtos.RowError(e.row(), ApiMessages.text(locale, e.messageKey(), e.arguments().toArray())))
                .toList();
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new CalendarDtos.Rejected(ErrorCode.INVALID_INPUT.name(),
                        ApiMessages.text(locale, "calendar.import.rejected", rows.size()), "file", rows))
                .build();
    }

    @GET
    @Path("template")
    @Produces("text/csv")
    @RolesAllowed(Role.R_ADMIN)
    @Operation(summary = "The import file to fill in (CSV, UTF-8)")
    @APIResponse(responseCode = "200", description = "The template",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response template(@PathParam("year") int year) {
        return Response.ok(calendar.template(year), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"calendar-" + year + ".csv\"").build();
    }
}
