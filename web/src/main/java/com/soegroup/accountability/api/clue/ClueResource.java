package com.soegroup.accountability.api.clue;

import com.soegroup.accountability.api.ApiMessages;
import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.api.EmptyBodyAllowed;
import com.soegroup.accountability.clue.AttachmentFile;
import com.soegroup.accountability.clue.Attachments;
import com.soegroup.accountability.clue.ClueAttachmentService;
import com.soegroup.accountability.clue.ClueCircumstanceService;
import com.soegroup.accountability.clue.ClueDetail;
import com.soegroup.accountability.clue.ClueExport;
import com.soegroup.accountability.clue.ClueExportTexts;
import com.soegroup.accountability.clue.ClueFilter;
import com.soegroup.accountability.clue.ClueLedgerService;
import com.soegroup.accountability.clue.CluePage;
import com.soegroup.accountability.clue.ClueReminderJob;
import com.soegroup.accountability.clue.ClueService;
import com.soegroup.accountability.clue.ClueSort;
import com.soegroup.accountability.clue.ReconciliationPage;
import com.soegroup.accountability.clue.ReconciliationService;
import com.soegroup.accountability.clue.ReporterMessageService;
import com.soegroup.accountability.clue.SupervisionService;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.IncidentReportLookup;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.web.shell.HistoryText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /clues}: the clue ledger (问题线索台账) within the caller's scope and recusal; a clue outside either
 * is 404, by list and by number alike.
 */
@Path("clues")
@Produces(MediaType.APPLICATION_JSON)
public class ClueResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    private ClueService clues;

    @EJB
    private ClueCircumstanceService classification;

    @EJB
    private ClueLedgerService ledger;

    @EJB
    private ReconciliationService reconciliations;

    @EJB
    private SupervisionService supervisions;

    @EJB
    private ClueAttachmentService clueFiles;

    @EJB
    private ReporterMessageService messages;

    @EJB
    private ClueReminderJob reminders;

    @EJB
    private ClueExport exports;

    @Inject
    private IncidentReportLookup incidentReports;

    @Context
    private HttpHeaders headers;

    @GET
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    @Operation(summary = "The clue ledger of the caller's scope, filtered, sorted and paged (recused clues never listed)")
    public ClueDtos.Page list(@BeanParam ClueLedgerQuery query,
                              @QueryParam("page") @DefaultValue("0") int page,
                              @QueryParam("size") @DefaultValue("50") int size) {
        ApiValues.checkPaging(page, size, 500);
        ClueFilter filter = query.filter();
        CluePage found = ledger.search(filter, query.sort(), page * size, size);
        return new ClueDtos.Page(found.total(), page, size, found.items().stream().map(ClueDtos.Clue::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_LIAISON})
    @Operation(summary = "Register a clue with the next ledger number of its enterprise (OFFICE, LIAISON)")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = ClueDtos.Detail.class)))
    public Response register(ClueDtos.Registration registration, @Context UriInfo uri) {
        ClueDetail created = clues.register(registration.data());
        return Response.created(uri.getAbsolutePathBuilder().path(created.clue().ledgerNo()).build())
                .entity(detail(created)).build();
    }

    /** The close-out reconciliation: every clue not closed, by handling unit, with what holds it open. */
    @GET
    @Path("reconciliation")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    @Operation(summary = "Close-out reconciliation (对账销号) — every open clue of the scope and what holds it open")
    public ClueDtos.Reconciliation reconciliation(@QueryParam("enterprise") String enterprise,
                                                  @QueryParam("page") @DefaultValue("0") int page,
                                                  @QueryParam("size") @DefaultValue("50") int size) {
        ApiValues.checkPaging(page, size, 500);
        Locale locale = locale();
        ReconciliationPage found = reconciliations.reconciliation(
                enterprise == null || enterprise.isBlank() ? null : enterprise.strip(), page * size, size);
        return new ClueDtos.Reconciliation(found.total(), page, size, found.items().stream()
                .map(l -> new ClueDtos.ReconciliationLine(ClueDtos.Clue.of(l.clue()), l.readyToClose(), l.reasons().stream()
                        .map(w -> new ClueDtos.Work(w.area(), w.reference(), ApiMessages.text(locale, w.messageKey(), w.arguments().toArray())))
                        .toList()))
                .toList(), ClueDtos.Reconciliation.counts(found.openByUnit()));
    }

    /** The filtered ledger as an Excel workbook (same filters and sort as GET /clues); streamed. */
    @GET
    @Path("export.xlsx")
    @Produces(XLSX)
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    @Operation(summary = "The filtered ledger as .xlsx (title row, Chinese headers, typed cells); the export is logged")
    @APIResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportXlsx(@BeanParam ClueLedgerQuery query) {
        ClueFilter filter = query.filter();
        return export(filter, query.sort(), false);
    }

    /** The filtered ledger as a PDF (Chinese embedded, page header and numbers); streamed. */
    @GET
    @Path("export.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    @Operation(summary = "The filtered ledger as PDF (Chinese text embedded, page header and numbers); the export is logged")
    @APIResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportPdf(@BeanParam ClueLedgerQuery query) {
        ClueFilter filter = query.filter();
        return export(filter, query.sort(), true);
    }

    private Response export(ClueFilter filter, ClueSort sort, boolean pdf) {
        exports.check(filter, pdf);
        Map<String, String> texts = texts(locale());
        String name = "clue-ledger-" + LocalDate.now(ZoneId.of("Asia/Shanghai")) + (pdf ? ".pdf" : ".xlsx");
        StreamingOutput body = out -> {
            if (pdf) {
                exports.pdf(filter, sort, texts, out);
            } else {
                exports.xlsx(filter, sort, texts, out);
            }
        };
        return Response.ok(body, pdf ? "application/pdf" : XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    /** The export's texts in the caller's language, from the same bundles as the pages. */
    private static Map<String, String> texts(Locale locale) {
        return ClueExportTexts.of(key -> ApiMessages.text(locale, key));
    }

    /**
     * Open clues that look like the one being registered (same enterprise and person, or similar summary). The
     * enterprise is what the clues are looked for in: without it the question has no answer, and is bad input.
     */
    @POST
    @Path("similar")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_LIAISON})
    @Operation(summary = "Open clues of the scope that look like the one being registered (enterprise required)")
    public List<ClueDtos.Clue> similar(ClueDtos.Registration registration) {
        if (registration.enterprise() == null || registration.enterprise().isBlank()) {
            throw AccountabilityException.invalid("enterprise", "field.required");
        }
        return ledger.similar(registration.data()).stream().map(ClueDtos.Clue::of).toList();
    }

    @GET
    @Path("{ledgerNo}")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    @Operation(summary = "One clue (404 outside the scope or when recused); the read is logged")
    public ClueDtos.Detail get(@PathParam("ledgerNo") String ledgerNo) {
        return detail(clues.detail(ledgerNo));
    }

    @GET
    @Path("{ledgerNo}/history")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    @Operation(summary = "A clue's history")
    public List<ClueDtos.HistoryEntry> history(@PathParam("ledgerNo") String ledgerNo) {
        return clues.history(ledgerNo).stream().map(ClueDtos.HistoryEntry::of).toList();
    }

    /** The circumstances suspected (M§7–M§16): {@code {"version", "violations": ["12-3"]}}, while the clue is open. */
    @PUT
    @Path("{ledgerNo}/violations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_LIAISON})
    @Operation(summary = "Replace the circumstances a clue is suspected of (OFFICE, LIAISON); 409 when closed or stale")
    public ClueDtos.Detail classify(@PathParam("ledgerNo") String ledgerNo, ClueDtos.ViolationsRequest r) {
        return detail(classification.classify(ledgerNo, r.version(), r.violations()));
    }

    @POST
    @Path("{ledgerNo}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER})
    @Operation(summary = "Move a clue to another state (OFFICE, LEADER); 409 when illegal or stale")
    public ClueDtos.Detail transition(@PathParam("ledgerNo") String ledgerNo, ClueDtos.Transition t) {
        return detail(clues.transition(ledgerNo, t.version(), t.input()));
    }

    /** Flags the clue for supervision (挂牌督办): {@code {"leader", "deadline", "progressIntervalDays", "version"}}. */
    @POST
    @Path("{ledgerNo}/supervision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_LEADER)
    @Operation(summary = "Flag a clue for supervision (挂牌督办, LEADER) with supervising leader and deadline")
    public ClueDtos.Detail supervise(@PathParam("ledgerNo") String ledgerNo, ClueDtos.SupervisionRequest r) {
        return detail(supervisions.supervise(ledgerNo, r.version(), r.leader(), r.deadline(), r.progressIntervalDays()));
    }

    @POST
    @Path("{ledgerNo}/supervision/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON})
    @Operation(summary = "Record progress on a supervised clue (OFFICE, LEADER, LIAISON)")
    public ClueDtos.Detail progress(@PathParam("ledgerNo") String ledgerNo, ClueDtos.TextRequest r) {
        return detail(supervisions.addProgress(ledgerNo, r.text()));
    }

    @POST
    @Path("{ledgerNo}/supervision/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_LEADER)
    @Operation(summary = "End the supervision of a clue (LEADER)")
    public ClueDtos.Detail endSupervision(@PathParam("ledgerNo") String ledgerNo, ClueDtos.EndRequest r) {
        return detail(supervisions.endSupervision(ledgerNo, r.version(), r.reason()));
    }

    /** Creates the supervision reminders due today now, as the morning timer does; answers how many. */
    @POST
    @Path("reminders")
    @RolesAllowed(Role.R_OFFICE)
    @Operation(summary = "Send the supervision reminders that are due now (OFFICE); also run by a daily timer")
    public ClueDtos.RemindersRun runReminders() {
        return new ClueDtos.RemindersRun(reminders.runNow());
    }

    @GET
    @Path("{ledgerNo}/attachments")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    @Operation(summary = "A clue's attachments (name, type, size, SHA-256)")
    public List<ClueDtos.Attachment> attachments(@PathParam("ledgerNo") String ledgerNo) {
        return clueFiles.attachments(ledgerNo).stream().map(ClueDtos.Attachment::of).toList();
    }

    /** Files for a clue, multipart with one or more {@code files} parts. */
    @POST
    @Path("{ledgerNo}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.R_OFFICE, Role.R_LIAISON})
    @Operation(summary = "Add a file to a clue (multipart; type checked by content, size-limited, SHA-256 recorded)")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = ClueDtos.AttachmentForm.class)))
    @APIResponse(responseCode = "201", description = "Added; the clue's attachments",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ClueDtos.Attachment.class)))
    public Response upload(@PathParam("ledgerNo") String ledgerNo, List<EntityPart> parts) throws IOException {
        List<Attachments.Upload> files = new ArrayList<>();
        for (EntityPart part : parts) {
            if (part.getFileName().isPresent()) {
                if (files.size() == Attachments.MAX_FILES) {
                    throw AccountabilityException.invalid("attachments", "attachment.tooMany", Attachments.MAX_FILES);
                }
                try (InputStream in = part.getContent()) {
                    // one byte past the limit is enough to refuse an oversized file without reading it all
                    files.add(new Attachments.Upload(part.getFileName().get(), in.readNBytes(Attachments.MAX_BYTES + 1)));
                }
            }
        }
        return Response.status(201)
                .entity(clueFiles.addAttachments(ledgerNo, files).stream().map(ClueDtos.Attachment::of).toList()).build();
    }

    @GET
    @Path("{ledgerNo}/attachments/{id}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    @Operation(summary = "Download one attachment; the download is logged")
    @APIResponse(responseCode = "200", description = "The file, in its own type",
            content = @Content(mediaType = MediaType.WILDCARD, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response attachment(@PathParam("ledgerNo") String ledgerNo, @PathParam("id") long id) {
        AttachmentFile file = clueFiles.attachment(ledgerNo, id);
        String ascii = file.info().fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok(file.content(), file.info().contentType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(file.info().fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-SHA256", file.info().sha256()).build();
    }

    /** The messages with the anonymous reporter of a clue from the public form (OFFICE, LEADER). */
    @GET
    @Path("{ledgerNo}/report-messages")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER})
    @Operation(summary = "Messages with the anonymous reporter of a clue (OFFICE, LEADER)")
    public List<ClueDtos.Message> reportMessages(@PathParam("ledgerNo") String ledgerNo) {
        return messages.reportMessages(ledgerNo).stream().map(ClueDtos.Message::of).toList();
    }

    @POST
    @Path("{ledgerNo}/report-messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER})
    @Operation(summary = "Answer the anonymous reporter (OFFICE, LEADER)")
    @RequestBody(required = false)
    public List<ClueDtos.Message> reply(@PathParam("ledgerNo") String ledgerNo, @EmptyBodyAllowed ClueDtos.TextRequest r) {
        return messages.replyToReporter(ledgerNo, r.text()).stream().map(ClueDtos.Message::of).toList();
    }

    private ClueDtos.Detail detail(ClueDetail d) {
        Locale locale = locale();
        // the statuses among the arguments in words (尚未办结（当前状态：报告已起草）), as on the clue's page
        HistoryText words = new HistoryText(ApiMessages.bundle(locale), AS_WRITTEN);
        return ClueDtos.Detail.of(d, w -> ApiMessages.text(locale, w.messageKey(),
                w.arguments().stream().map(a -> words.value("status", a)).toArray()),
                incidentReports.forClue(d.clue().ledgerNo()).map(IncidentReportLookup.Link::reportNo).orElse(null));
    }

    private Locale locale() {
        return ApiMessages.choose(headers == null ? List.of() : headers.getAcceptableLanguages());
    }

    /** Open work's arguments name records by number, already as people read them: nothing to look up. */
    private static final HistoryText.Names AS_WRITTEN = new HistoryText.Names() {
        @Override
        public String person(String userId) {
            return userId;
        }

        @Override
        public String employee(String employeeNo) {
            return employeeNo;
        }

        @Override
        public String enterprise(String code) {
            return code;
        }
    };
}
