package com.soegroup.accountability.api.clue;

import com.soegroup.accountability.api.ApiError;
import com.soegroup.accountability.api.ApiMessages;
import com.soegroup.accountability.api.ApiResponses;
import com.soegroup.accountability.api.ClientAddress;
import com.soegroup.accountability.api.EmptyBodyAllowed;
import com.soegroup.accountability.clue.AnonymousReportService;
import com.soegroup.accountability.clue.Attachments;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.ErrorCode;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code /reports}: the public whistle-blowing channel (信访举报), open without signing in. A report answers
 * its receipt code once; following it and writing to the office take the code in the body (never in the
 * address, which proxies log). Too many requests of a kind answer 429 (AnonymousReportLimiter: per client, a keyed
 * hash of its address that is never stored, and for everybody together).
 */
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@SecurityRequirements
public class AnonymousReportResource {

    @EJB
    private AnonymousReportService reports;

    @Context
    private HttpHeaders headers;

    @Context
    private HttpServletRequest request;

    @GET
    @Path("enterprises")
    @PermitAll
    @Operation(summary = "The enterprises a report may concern (no sign-in)")
    public List<ClueDtos.Enterprise> enterprises() {
        return reports.enterprises().stream().map(e -> new ClueDtos.Enterprise(e[0], e[1])).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "File an anonymous report (信访举报, no sign-in, no trace of the sender); answers the receipt "
            + "code once")
    @APIResponse(responseCode = "201", description = "Filed",
            content = @Content(schema = @Schema(implementation = ClueDtos.Receipt.class)))
    @APIResponse(responseCode = "429", description = "Too many requests of this kind for the moment (Retry-After)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response submit(ClueDtos.Report r) {
        return limited(() -> Response.status(201).entity(new ClueDtos.Receipt(reports.submit(new AnonymousReportService.Submission(
                r.enterprise(), r.summary(), r.persons(), r.possibleLoss(), r.reporterName(), r.reporterContact(),
                List.of()), client()))).build());
    }

    /** The same with files: multipart fields enterprise, summary, persons, possibleLoss, reporterName, reporterContact, files. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @PermitAll
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = ClueDtos.ReportForm.class)))
    @APIResponse(responseCode = "201", description = "Filed",
            content = @Content(schema = @Schema(implementation = ClueDtos.Receipt.class)))
    @APIResponse(responseCode = "429", description = "Too many requests of this kind for the moment (Retry-After)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response submitWithFiles(List<EntityPart> parts) throws IOException {
        Map<String, String> fields = new HashMap<>();
        List<Attachments.Upload> files = new ArrayList<>();
        long total = 0;
        for (EntityPart part : parts) {
            if (part.getFileName().isPresent()) {
                try (InputStream in = part.getContent()) {
                    // read one byte past the limit: enough to refuse, never the whole of an oversized file
                    byte[] bytes = in.readNBytes(Attachments.MAX_BYTES + 1);
                    total += bytes.length;
                    files.add(new Attachments.Upload(part.getFileName().get(), bytes));
                }
            } else {
                fields.put(part.getName(), part.getContent(String.class));
            }
            if (files.size() > Attachments.MAX_FILES || total > (long) Attachments.MAX_FILES * Attachments.MAX_BYTES) {
                throw AccountabilityException.invalid("files", "attachment.tooMany", Attachments.MAX_FILES);
            }
        }
        return limited(() -> Response.status(201).entity(new ClueDtos.Receipt(reports.submit(new AnonymousReportService.Submission(
                fields.get("enterprise"), fields.get("summary"), fields.get("persons"), fields.get("possibleLoss"),
                fields.get("reporterName"), fields.get("reporterContact"), files), client()))).build());
    }

    @POST
    @Path("status")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "Follow a report with its receipt code (no sign-in)")
    @RequestBody(required = false)
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = ClueDtos.Status.class)))
    @APIResponse(responseCode = "429", description = "Too many requests of this kind for the moment (Retry-After)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response status(@EmptyBodyAllowed ClueDtos.Follow f) {
        return limited(() -> Response.ok(status(reports.follow(f.receipt(), client()))).build());
    }

    @POST
    @Path("messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "Add a message to a report with its receipt code (no sign-in)")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = ClueDtos.Status.class)))
    @APIResponse(responseCode = "429", description = "Too many requests of this kind for the moment (Retry-After)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response message(ClueDtos.Follow f) {
        return limited(() -> Response.ok(status(reports.message(f.receipt(), f.text(), client()))).build());
    }

    private ClueDtos.Status status(AnonymousReportService.Status s) {
        return new ClueDtos.Status(s.status().name(), ApiMessages.text(locale(), "report.status." + s.status().name()),
                s.createdOn(), s.messages().stream().map(ClueDtos.Message::of).toList());
    }

    /**
     * The one refusal the API answers with a status of its own: too many requests of a kind is 429 with
     * Retry-After, which the common mapping of codes has no place for.
     */
    private Response limited(Supplier<Response> call) {
        try {
            return call.get();
        } catch (AccountabilityException e) {
            if ("report.rateLimited".equals(e.messageKey())) {
                return Response.fromResponse(ApiResponses.error(429, ErrorCode.SERVICE_UNAVAILABLE,
                        ApiMessages.text(locale(), e.messageKey()), null)).header("Retry-After", "60").build();
            }
            throw e;
        }
    }

    private String client() {
        return ClientAddress.key(request);
    }

    private Locale locale() {
        return ApiMessages.choose(headers == null ? List.of() : headers.getAcceptableLanguages());
    }
}
