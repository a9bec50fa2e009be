package com.soegroup.accountability.api.clue;

import com.soegroup.accountability.api.ApiMessages;
import com.soegroup.accountability.api.ApiResponses;
import com.soegroup.accountability.clue.AnonymousReportService;
import com.soegroup.accountability.clue.Attachments;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.ErrorCode;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
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

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * {@code /reports}: the public whistle-blowing channel (信访举报), open without signing in. A report answers
 * its receipt code once; following it and writing to the office take the code in the body (never in the
 * address, which proxies log). Too many requests of a kind, from whoever, answer 429.
 */
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class AnonymousReportResource {

    public record Report(String enterprise, String summary, String persons, String possibleLoss, String reporterName,
                         String reporterContact) {
    }

    public record Receipt(String receipt) {
    }

    public record Follow(String receipt, String text) {
    }

    public record Message(boolean fromReporter, String text, LocalDate on) {
    }

    public record Status(String status, String statusText, LocalDate submittedOn, List<Message> messages) {
    }

    public record Enterprise(String code, String name) {
    }

    @EJB
    private AnonymousReportService reports;

    @Context
    private HttpHeaders headers;

    @GET
    @Path("enterprises")
    @PermitAll
    public List<Enterprise> enterprises() {
        return reports.enterprises().stream().map(e -> new Enterprise(e[0], e[1])).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    public Response submit(Report r) {
        if (r == null) {
            throw AccountabilityException.invalid(null, "request.body.required");
        }
        return limited(() -> Response.status(201).entity(new Receipt(reports.submit(new AnonymousReportService.Submission(r.enterprise(),
                r.summary(), r.persons(), r.possibleLoss(), r.reporterName(), r.reporterContact(), List.of())))).build());
    }

    /** The same with files: multipart fields enterprise, summary, persons, possibleLoss, reporterName, reporterContact, files. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @PermitAll
    public Response submitWithFiles(List<EntityPart> parts) throws IOException {
        java.util.Map<String, String> fields = new java.util.HashMap<>();
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
        return limited(() -> Response.status(201).entity(new Receipt(reports.submit(new AnonymousReportService.Submission(
                fields.get("enterprise"), fields.get("summary"), fields.get("persons"), fields.get("possibleLoss"),
                fields.get("reporterName"), fields.get("reporterContact"), files)))).build());
    }

    @POST
    @Path("status")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    public Response status(Follow f) {
        return limited(() -> Response.ok(status(reports.follow(f == null ? null : f.receipt()))).build());
    }

    @POST
    @Path("messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    public Response message(Follow f) {
        if (f == null) {
            throw AccountabilityException.invalid(null, "request.body.required");
        }
        return limited(() -> Response.ok(status(reports.message(f.receipt(), f.text()))).build());
    }

    private Status status(AnonymousReportService.Status s) {
        return new Status(s.status().name(), ApiMessages.text(locale(), "report.status." + s.status().name()), s.createdOn(),
                s.messages().stream().map(m -> new Message(m.fromReporter(), m.text(), m.on())).toList());
    }

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

    private Locale locale() {
        return ApiMessages.choose(headers == null ? List.of() : headers.getAcceptableLanguages());
    }
}
