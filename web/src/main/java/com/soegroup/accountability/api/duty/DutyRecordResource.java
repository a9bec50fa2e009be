package com.soegroup.accountability.api.duty;

import com.soegroup.accountability.api.ApiMessages;
import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.clue.Attachments;
import com.soegroup.accountability.duty.DutyImportResult;
import com.soegroup.accountability.duty.DutyImportService;
import com.soegroup.accountability.duty.DutyRecordFilter;
import com.soegroup.accountability.duty.DutyRecordService;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.ErrorCode;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code /duty-records}: duty records of major decisions (重大决策事项履职记录) of the enterprises of the caller's scope;
 * anything else is 404. LIAISON and OFFICE enter, edit and confirm drafts and correct confirmed records (a new
 * version; the confirmed one never changes: an edit of it is 409); LEADER, OFFICE, AUDITOR and LIAISON read,
 * and {@code ?person=EMPLOYEE_NO} is that person's whole decision history (终身追责).
 */
@Path("duty-records")
@Produces(MediaType.APPLICATION_JSON)
public class DutyRecordResource {

    /** Larger than the service's own limit, so that its sentence is the one a too-large file gets. */
    private static final int READ_LIMIT = 12 * 1024 * 1024;

    @EJB
    private DutyRecordService records;

    @EJB
    private DutyImportService imports;

    @Context
    private HttpHeaders headers;

    @GET
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    @Operation(summary = "Records in force of the scope, the latest meeting first; filters enterprise (subtree), year "
            + "of the meeting, person (employee number: the person's history across years and enterprises); paged")
    public DutyDtos.Page list(@QueryParam("enterprise") String enterprise, @QueryParam("year") String year,
                              @QueryParam("person") String person,
                              @QueryParam("page") @DefaultValue("0") int page,
                              @QueryParam("size") @DefaultValue("50") int size) {
        ApiValues.checkPaging(page, size, 500);
        DutyRecordFilter filter = new DutyRecordFilter(enterprise, ApiValues.integer("year", year), person);
        return DutyDtos.Page.of(records.page(filter, page * size, size), page, size);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_LIAISON})
    @Operation(summary = "Enter a duty record as a draft for an enterprise of the scope (numbered <enterprise>-LZ-<year>-<serial>)")
    @APIResponse(responseCode = "201", description = "Entered; the draft",
            content = @Content(schema = @Schema(implementation = DutyDtos.Record.class)))
    public Response create(DutyDtos.RecordRequest r) {
        DutyDtos.Record created = DutyDtos.Record.of(records.create(r.data(), null));
        return Response.status(201).entity(created).build();
    }

    @GET
    @Path("{recordNo}")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    @Operation(summary = "A record: the version in force (or ?revision=), its participants and every version")
    public DutyDtos.Record get(@PathParam("recordNo") String no, @QueryParam("revision") String revision) {
        return DutyDtos.Record.of(records.get(no, ApiValues.integer("revision", revision)));
    }

    @PUT
    @Path("{recordNo}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_LIAISON})
    @Operation(summary = "Change a draft (409 once confirmed: correct it instead); version required")
    public DutyDtos.Record update(@PathParam("recordNo") String no, DutyDtos.RecordRequest r) {
        return DutyDtos.Record.of(records.update(no, r.data(), r.version()));
    }

    @POST
    @Path("{recordNo}/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_LIAISON})
    @Operation(summary = "Confirm a draft: from now on the version never changes")
    public DutyDtos.Record confirm(@PathParam("recordNo") String no, DutyDtos.ConfirmRequest r) {
        return DutyDtos.Record.of(records.confirm(no, r.version()));
    }

    @POST
    @Path("{recordNo}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_LIAISON})
    @Operation(summary = "Correct the confirmed version in force: the corrected data with a reason become the next "
            + "version, confirmed, with the documents of the version before (but dropFiles); the version before is kept, superseded")
    @APIResponse(responseCode = "201", description = "Corrected; the new version",
            content = @Content(schema = @Schema(implementation = DutyDtos.Record.class)))
    public Response correct(@PathParam("recordNo") String no, DutyDtos.RecordRequest r) {
        DutyDtos.Record corrected = DutyDtos.Record.of(records.correct(no, r.data(), r.reason(), r.version(), r.dropFiles()));
        return Response.status(201).entity(corrected).build();
    }

    /** Multipart: {@code version} and up to five parts {@code file}. */
    @POST
    @Path("{recordNo}/files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.R_OFFICE, Role.R_LIAISON})
    @Operation(summary = "Add documents (会议纪要、决议、法律审查意见…) to a draft: multipart version and up to five files "
            + "named file, checked like clue attachments; 409 once confirmed (a confirmed version's documents never change)")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = DutyDtos.FileForm.class)))
    @APIResponse(responseCode = "201", description = "Added; the draft with its documents",
            content = @Content(schema = @Schema(implementation = DutyDtos.Record.class)))
    public Response addFiles(@PathParam("recordNo") String no, List<EntityPart> parts) {
        String version = null;
        List<Attachments.Upload> files = new ArrayList<>();
        try {
            for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
                switch (part.getName()) {
                    case "file" -> {
                        if (files.size() >= Attachments.MAX_FILES) {
                            throw AccountabilityException.invalid("attachments", "attachment.tooMany", Attachments.MAX_FILES);
                        }
                        try (InputStream in = part.getContent()) {
                            files.add(new Attachments.Upload(part.getFileName().orElse(null), in.readNBytes(Attachments.MAX_BYTES + 1)));
                        }
                    }
                    case "version" -> version = new String(part.getContent().readNBytes(32), StandardCharsets.UTF_8).strip();
                    default -> { }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw AccountabilityException.invalid("file", "field.required");
        }
        DutyDtos.Record record = DutyDtos.Record.of(records.addFiles(no, files, ApiValues.integer("version", version)));
        return Response.status(201).entity(record).build();
    }

    @GET
    @Path("{recordNo}/files/{id}")
    @Produces({MediaType.WILDCARD, MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    @Operation(summary = "Download a document of any version of the record; every download is logged")
    @APIResponse(responseCode = "200", description = "The file, in its own type",
            content = @Content(mediaType = MediaType.WILDCARD, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response file(@PathParam("recordNo") String no, @PathParam("id") long id) {
        DutyRecordService.Download file = records.file(no, id);
        String ascii = file.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @DELETE
    @Path("{recordNo}/files/{id}")
    @RolesAllowed({Role.R_OFFICE, Role.R_LIAISON})
    @Operation(summary = "Remove a document of a draft (?version= of the draft); 409 once confirmed")
    public DutyDtos.Record removeFile(@PathParam("recordNo") String no, @PathParam("id") long id,
                                      @QueryParam("version") String version) {
        return DutyDtos.Record.of(records.removeFile(no, id, ApiValues.integer("version", version)));
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.R_OFFICE, Role.R_LIAISON})
    @Operation(summary = "Import duty records kept elsewhere from CSV (UTF-8 or GBK) or .xlsx, one row per participant "
            + "(the template's columns), as drafts; all or nothing: any wrong row and nothing is saved")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = DutyDtos.ImportForm.class)))
    @APIResponse(responseCode = "201", description = "Saved, every record a draft",
            content = @Content(schema = @Schema(implementation = DutyDtos.Imported.class)))
    @APIResponse(responseCode = "400", description = "Refused, with every wrong row and column",
            content = @Content(schema = @Schema(implementation = DutyDtos.Rejected.class)))
    public Response importFile(List<EntityPart> parts) {
        byte[] content = null;
        try {
            for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
                if ("file".equals(part.getName())) {
                    try (InputStream in = part.getContent()) {
                        content = in.readNBytes(READ_LIMIT);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (content == null) {
            throw AccountabilityException.invalid("file", "import.file.missing");
        }
        DutyImportResult result = imports.importFile(content);
        if (result.saved()) {
            return Response.status(201).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new DutyDtos.Imported(result.rows(), result.recordNos())).build();
        }
        Locale locale = ApiMessages.choose(headers.getAcceptableLanguages());
        List<DutyDtos.RowError> rows = result.errors().stream().map(e -> new DutyDtos.RowError(e.row(), e.column(),
                ApiMessages.text(locale, "duty.import.rowError", e.row(), e.column() == null ? "" : e.column(),
                        ApiMessages.text(locale, e.messageKey(), e.arguments().toArray())))).toList();
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new DutyDtos.Rejected(ErrorCode.INVALID_INPUT.name(),
                        ApiMessages.text(locale, "duty.import.rejected", rows.size()), "file", rows))
                .build();
    }

    @GET
    @Path("template")
    @Produces("text/csv")
    @RolesAllowed({Role.R_OFFICE, Role.R_LIAISON})
    @Operation(summary = "The import file to fill in (CSV, UTF-8): one row per participant, a record's rows sharing 记录序号")
    @APIResponse(responseCode = "200", description = "The template",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response template() {
        return Response.ok(imports.template(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"duty-records.csv\"").build();
    }
}
