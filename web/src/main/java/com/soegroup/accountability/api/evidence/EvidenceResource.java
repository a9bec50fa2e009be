package com.soegroup.accountability.api.evidence;

import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.investigation.EvidenceBasis;
import com.soegroup.accountability.investigation.EvidenceContent;
import com.soegroup.accountability.investigation.EvidenceService;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
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
import java.util.List;

/**
 * {@code /investigations/{caseNo}/evidence…} and {@code …/notes}: a case's evidence files (uploaded, downloaded,
 * withdrawn, never deleted) and its team's notes.
 */
@Path("investigations")
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceResource {

    @EJB
    private EvidenceService evidence;

    @GET
    @Path("{caseNo}/evidence")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    @Operation(summary = "Evidence files of the case (withdrawn ones with their reason)")
    public List<EvidenceDtos.File> files(@PathParam("caseNo") String caseNo) {
        return evidence.files(caseNo).stream().map(EvidenceDtos.File::of).toList();
    }

    /** A file as multipart/form-data: {@code file}, {@code basis}, {@code documentReference}. */
    @POST
    @Path("{caseNo}/evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.R_OFFICE, Role.R_INVESTIGATOR})
    @Operation(summary = "Upload an evidence file (multipart file, basis, documentReference); type checked by content, "
            + "size limit, SHA-256")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = EvidenceDtos.UploadForm.class)))
    @APIResponse(responseCode = "201", description = "Uploaded",
            content = @Content(schema = @Schema(implementation = EvidenceDtos.File.class)))
    public Response upload(@PathParam("caseNo") String caseNo, List<EntityPart> parts) {
        String fileName = null;
        byte[] content = null;
        String basis = null;
        String reference = null;
        try {
            for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
                switch (part.getName()) {
                    case "file" -> {
                        fileName = part.getFileName().orElse(null);
                        try (InputStream in = part.getContent()) {
                            content = in.readNBytes(EvidenceContent.MAX_BYTES + 1);
                        }
                    }
                    case "basis" -> basis = new String(part.getContent().readAllBytes(), StandardCharsets.UTF_8).strip();
                    case "documentReference" -> reference = new String(part.getContent().readAllBytes(), StandardCharsets.UTF_8).strip();
                    default -> { }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (content == null) {
            throw AccountabilityException.invalid("file", "evidence.empty");
        }
        EvidenceBasis code = ApiValues.code(EvidenceBasis.class, "basis", basis);
        return Response.status(201).entity(EvidenceDtos.File.of(evidence.upload(caseNo, fileName, content, code, reference)))
                .build();
    }

    @GET
    @Path("{caseNo}/evidence/{id}")
    @Produces({MediaType.WILDCARD, MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    @Operation(summary = "Download an evidence file; every download is logged")
    @APIResponse(responseCode = "200", description = "The file, in its own type",
            content = @Content(mediaType = MediaType.WILDCARD, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@PathParam("caseNo") String caseNo, @PathParam("id") long id) {
        EvidenceService.Download file = evidence.download(caseNo, id);
        String ascii = file.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @POST
    @Path("{caseNo}/evidence/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_INVESTIGATOR})
    @Operation(summary = "Withdraw an evidence file with a reason (it is never deleted)")
    public EvidenceDtos.File withdraw(@PathParam("caseNo") String caseNo, @PathParam("id") long id,
                                      EvidenceDtos.WithdrawalRequest r) {
        return EvidenceDtos.File.of(evidence.withdraw(caseNo, id, r.reason()));
    }

    @GET
    @Path("{caseNo}/notes")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    @Operation(summary = "The team's notes (team members only; 404 for everyone else)")
    public List<EvidenceDtos.Note> notes(@PathParam("caseNo") String caseNo) {
        return evidence.notes(caseNo).stream().map(EvidenceDtos.Note::of).toList();
    }

    @POST
    @Path("{caseNo}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    @Operation(summary = "Add a team note")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = EvidenceDtos.Note.class)))
    public Response addNote(@PathParam("caseNo") String caseNo, EvidenceDtos.NoteRequest r) {
        return Response.status(201).entity(EvidenceDtos.Note.of(evidence.addNote(caseNo, r.text()))).build();
    }
}
