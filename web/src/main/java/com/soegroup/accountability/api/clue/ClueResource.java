package com.soegroup.accountability.api.clue;

import com.soegroup.accountability.api.ApiMessages;
import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.clue.ClueAttachmentService;
import com.soegroup.accountability.clue.ClueData;
import com.soegroup.accountability.clue.ClueDetail;
import com.soegroup.accountability.clue.ClueFilter;
import com.soegroup.accountability.clue.ClueLedgerService;
import com.soegroup.accountability.clue.CluePage;
import com.soegroup.accountability.clue.ClueService;
import com.soegroup.accountability.clue.ClueSort;
import com.soegroup.accountability.clue.ClueSource;
import com.soegroup.accountability.clue.ClueStatus;
import com.soegroup.accountability.clue.ReconciliationService;
import com.soegroup.accountability.clue.ReporterMessageService;
import com.soegroup.accountability.clue.SupervisionService;
import com.soegroup.accountability.clue.TransferKind;
import com.soegroup.accountability.clue.TransitionInput;
import com.soegroup.accountability.rule.level.LossLevel;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;
import java.util.Locale;

/**
 * {@code /clues}: the clue ledger (问题线索台账) within the caller's scope and recusal; a clue outside either
 * is 404, by list and by number alike.
 */
@Path("clues")
@Produces(MediaType.APPLICATION_JSON)
public class ClueResource {


    @EJB
    private ClueService clues;

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
    private com.soegroup.accountability.clue.ClueReminderJob reminders;

    @EJB
    private com.soegroup.accountability.clue.ClueExport exports;

    @Context
    private HttpHeaders headers;

    @GET
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public ClueDtos.Page list(@QueryParam("enterprise") String enterprise,
                              @QueryParam("subsidiaries") @DefaultValue("true") boolean subsidiaries,
                              @QueryParam("status") List<String> status, @QueryParam("source") List<String> source,
                              @QueryParam("from") String from, @QueryParam("to") String to,
                              @QueryParam("supervised") Boolean supervised,
                              @QueryParam("overdue") @DefaultValue("false") boolean overdue,
                              @QueryParam("level") String level, @QueryParam("q") String text,
                              @QueryParam("sort") String sort,
                              @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        ApiValues.checkPaging(page, size, 500);
        ClueFilter filter = filter(enterprise, subsidiaries, status, source, from, to, supervised, overdue, level, text);
        CluePage found = ledger.search(filter, sort(sort), page * size, size);
        return new ClueDtos.Page(found.total(), page, size, found.items().stream().map(ClueDtos.Clue::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_LIAISON})
    public Response register(ClueDtos.Registration registration, @Context UriInfo uri) {
        ClueDetail created = clues.register(data(registration));
        return Response.created(uri.getAbsolutePathBuilder().path(created.clue().ledgerNo()).build())
                .entity(detail(created)).build();
    }

    /** The close-out reconciliation: every clue not closed, by handling unit, with what holds it open. */
    @GET
    @Path("reconciliation")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public ClueDtos.Reconciliation reconciliation(@QueryParam("enterprise") String enterprise,
                                                  @QueryParam("page") @DefaultValue("0") int page,
                                                  @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw AccountabilityException.invalid(page < 0 ? "page" : "size", "paging.invalid");
        }
        Locale locale = ApiMessages.choose(headers == null ? List.of() : headers.getAcceptableLanguages());
        com.soegroup.accountability.clue.ReconciliationPage found = reconciliations.reconciliation(
                enterprise == null || enterprise.isBlank() ? null : enterprise.strip(), page * size, size);
        return new ClueDtos.Reconciliation(found.total(), page, size, found.items().stream()
                .map(l -> new ClueDtos.ReconciliationLine(ClueDtos.Clue.of(l.clue()), l.readyToClose(), l.reasons().stream()
                        .map(w -> new ClueDtos.Work(w.area(), w.reference(), ApiMessages.text(locale, w.messageKey(), w.arguments().toArray())))
                        .toList()))
                .toList(), found.openByUnit());
    }

    /** The filtered ledger as an Excel workbook (same filters and sort as GET /clues); streamed. */
    @GET
    @Path("export.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public Response exportXlsx(@QueryParam("enterprise") String enterprise,
                               @QueryParam("subsidiaries") @DefaultValue("true") boolean subsidiaries,
                               @QueryParam("status") List<String> status, @QueryParam("source") List<String> source,
                               @QueryParam("from") String from, @QueryParam("to") String to,
                               @QueryParam("supervised") Boolean supervised,
                               @QueryParam("overdue") @DefaultValue("false") boolean overdue,
                               @QueryParam("level") String level, @QueryParam("q") String text, @QueryParam("sort") String sort) {
        ClueFilter filter = filter(enterprise, subsidiaries, status, source, from, to, supervised, overdue, level, text);
        return export(filter, sort(sort), false);
    }

    /** The filtered ledger as a PDF (Chinese embedded, page header and numbers); streamed. */
    @GET
    @Path("export.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public Response exportPdf(@QueryParam("enterprise") String enterprise,
                              @QueryParam("subsidiaries") @DefaultValue("true") boolean subsidiaries,
                              @QueryParam("status") List<String> status, @QueryParam("source") List<String> source,
                              @QueryParam("from") String from, @QueryParam("to") String to,
                              @QueryParam("supervised") Boolean supervised,
                              @QueryParam("overdue") @DefaultValue("false") boolean overdue,
                              @QueryParam("level") String level, @QueryParam("q") String text, @QueryParam("sort") String sort) {
        ClueFilter filter = filter(enterprise, subsidiaries, status, source, from, to, supervised, overdue, level, text);
        return export(filter, sort(sort), true);
    }

    private Response export(ClueFilter filter, ClueSort sort, boolean pdf) {
        exports.check(filter, pdf);
        Locale locale = ApiMessages.choose(headers == null ? List.of() : headers.getAcceptableLanguages());
        java.util.Map<String, String> texts = texts(locale);
        String name = "clue-ledger-" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")) + (pdf ? ".pdf" : ".xlsx");
        jakarta.ws.rs.core.StreamingOutput body = out -> {
            if (pdf) {
                exports.pdf(filter, sort, texts, out);
            } else {
                exports.xlsx(filter, sort, texts, out);
            }
        };
        return Response.ok(body, pdf ? "application/pdf" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    /** The export's texts in the caller's language, from the same bundles as the pages. */
    public static java.util.Map<String, String> texts(Locale locale) {
        java.util.Map<String, String> texts = new java.util.HashMap<>();
        for (String key : com.soegroup.accountability.clue.ClueExport.textKeys()) {
            texts.put(key, ApiMessages.text(locale, key));
        }
        return texts;
    }

    /** Open clues that look like the one being registered (same enterprise and person, or similar summary). */
    @POST
    @Path("similar")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_LIAISON})
    public List<ClueDtos.Clue> similar(ClueDtos.Registration registration) {
        return ledger.similar(data(registration)).stream().map(ClueDtos.Clue::of).toList();
    }

    @GET
    @Path("{ledgerNo}")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public ClueDtos.Detail get(@PathParam("ledgerNo") String ledgerNo) {
        return detail(clues.detail(ledgerNo));
    }

    @GET
    @Path("{ledgerNo}/history")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public List<ClueDtos.HistoryEntry> history(@PathParam("ledgerNo") String ledgerNo) {
        return clues.history(ledgerNo).stream().map(ClueDtos.HistoryEntry::of).toList();
    }

    @POST
    @Path("{ledgerNo}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER})
    public ClueDtos.Detail transition(@PathParam("ledgerNo") String ledgerNo, ClueDtos.Transition t) {
        if (t == null) {
            throw AccountabilityException.invalid(null, "request.body.required");
        }
        ClueStatus to = ApiValues.code(ClueStatus.class, "to", t.to());
        TransitionInput input = new TransitionInput(to, t.handler(), ApiValues.date("deadline", t.deadline()), t.reason(),
                ApiValues.code(TransferKind.class, "transferKind", t.transferKind()), t.receivingEnterprise(),
                t.receivingOrgan(), t.reference(), t.survivor(), Boolean.TRUE.equals(t.confirmed()));
        return detail(clues.transition(ledgerNo, t.version(), input));
    }

    /** Flags the clue for supervision (挂牌督办): {@code {"leader", "deadline", "progressIntervalDays", "version"}}. */
    @POST
    @Path("{ledgerNo}/supervision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_LEADER)
    public ClueDtos.Detail supervise(@PathParam("ledgerNo") String ledgerNo, ClueDtos.SupervisionRequest r) {
        if (r == null) {
            throw AccountabilityException.invalid(null, "request.body.required");
        }
        return detail(supervisions.supervise(ledgerNo, r.version(), r.leader(), ApiValues.date("deadline", r.deadline()),
                r.progressIntervalDays()));
    }

    @POST
    @Path("{ledgerNo}/supervision/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON})
    public ClueDtos.Detail progress(@PathParam("ledgerNo") String ledgerNo, ClueDtos.ProgressRequest r) {
        if (r == null) {
            throw AccountabilityException.invalid(null, "request.body.required");
        }
        return detail(supervisions.addProgress(ledgerNo, r.text()));
    }

    @POST
    @Path("{ledgerNo}/supervision/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_LEADER)
    public ClueDtos.Detail endSupervision(@PathParam("ledgerNo") String ledgerNo, ClueDtos.EndRequest r) {
        if (r == null) {
            throw AccountabilityException.invalid(null, "request.body.required");
        }
        return detail(supervisions.endSupervision(ledgerNo, r.version(), r.reason()));
    }

    /** Creates the supervision reminders due today now, as the morning timer does; answers how many. */
    @POST
    @Path("reminders")
    @RolesAllowed(Role.R_OFFICE)
    public java.util.Map<String, Integer> runReminders() {
        return java.util.Map.of("created", reminders.runNow());
    }

    @GET
    @Path("{ledgerNo}/attachments")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public List<com.soegroup.accountability.clue.AttachmentInfo> attachments(@PathParam("ledgerNo") String ledgerNo) {
        return clueFiles.attachments(ledgerNo);
    }

    /** Files for a clue, multipart with one or more {@code files} parts. */
    @POST
    @Path("{ledgerNo}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.R_OFFICE, Role.R_LIAISON})
    public Response upload(@PathParam("ledgerNo") String ledgerNo, List<jakarta.ws.rs.core.EntityPart> parts) throws java.io.IOException {
        List<com.soegroup.accountability.clue.Attachments.Upload> files = new java.util.ArrayList<>();
        for (jakarta.ws.rs.core.EntityPart part : parts) {
            if (part.getFileName().isPresent()) {
                if (files.size() == com.soegroup.accountability.clue.Attachments.MAX_FILES) {
                    throw AccountabilityException.invalid("attachments", "attachment.tooMany",
                            com.soegroup.accountability.clue.Attachments.MAX_FILES);
                }
                try (java.io.InputStream in = part.getContent()) {
                    // one byte past the limit is enough to refuse an oversized file without reading it all
                    files.add(new com.soegroup.accountability.clue.Attachments.Upload(part.getFileName().get(),
                            in.readNBytes(com.soegroup.accountability.clue.Attachments.MAX_BYTES + 1)));
                }
            }
        }
        return Response.status(201).entity(clueFiles.addAttachments(ledgerNo, files)).build();
    }

    @GET
    @Path("{ledgerNo}/attachments/{id}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public Response attachment(@PathParam("ledgerNo") String ledgerNo, @PathParam("id") long id) {
        com.soegroup.accountability.clue.AttachmentFile file = clueFiles.attachment(ledgerNo, id);
        String ascii = file.info().fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok(file.content(), file.info().contentType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(file.info().fileName(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-SHA256", file.info().sha256()).build();
    }

    /** The messages with the anonymous reporter of a clue from the public form (OFFICE, LEADER). */
    @GET
    @Path("{ledgerNo}/report-messages")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER})
    public List<com.soegroup.accountability.clue.AnonymousReportService.Message> reportMessages(@PathParam("ledgerNo") String ledgerNo) {
        return messages.reportMessages(ledgerNo);
    }

    @POST
    @Path("{ledgerNo}/report-messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER})
    public List<com.soegroup.accountability.clue.AnonymousReportService.Message> reply(@PathParam("ledgerNo") String ledgerNo,
                                                                            ClueDtos.ProgressRequest r) {
        return messages.replyToReporter(ledgerNo, r == null ? null : r.text());
    }

    static ClueFilter filter(String enterprise, boolean subsidiaries, List<String> status, List<String> source, String from,
                             String to, Boolean supervised, boolean overdue, String level, String text) {
        return new ClueFilter(enterprise == null || enterprise.isBlank() ? null : enterprise.strip(), subsidiaries,
                ApiValues.codes(ClueStatus.class, "status", status), ApiValues.codes(ClueSource.class, "source", source),
                ApiValues.date("from", from), ApiValues.date("to", to), supervised, overdue,
                ApiValues.code(LossLevel.class, "level", level), text);
    }

    /** {@code sort=receivedOn,desc}: a column of the ledger and a direction (descending unless "asc"). */
    static ClueSort sort(String sort) {
        if (sort == null || sort.isBlank()) {
            return ClueSort.DEFAULT;
        }
        String[] parts = sort.split(",");
        String column = parts[0].strip().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        ClueSort.Column chosen;
        try {
            chosen = ClueSort.Column.valueOf(column);
        } catch (IllegalArgumentException e) {
            throw AccountabilityException.invalid("sort", "field.unknownCode", parts[0].strip());
        }
        return new ClueSort(chosen, parts.length > 1 && "asc".equalsIgnoreCase(parts[1].strip()));
    }

    private static ClueData data(ClueDtos.Registration r) {
        if (r == null) {
            throw AccountabilityException.invalid(null, "request.body.required");
        }
        List<ClueData.PersonConcerned> persons = r.persons() == null ? List.of() : r.persons().stream()
                .map(p -> p == null ? new ClueData.PersonConcerned(null, null, null)
                        : new ClueData.PersonConcerned(p.employeeNo(), p.name(), p.note())).toList();
        return new ClueData(ApiValues.code(ClueSource.class, "source", r.source()), ApiValues.date("receivedOn", r.receivedOn()),
                r.enterprise(), persons, r.summary(), ApiValues.money("possibleLoss", r.possibleLoss()),
                ApiValues.code(LossLevel.class, "level", r.level()), r.reporterName(), r.reporterContact());
    }

    private ClueDtos.Detail detail(ClueDetail d) {
        Locale locale = ApiMessages.choose(headers == null ? List.of() : headers.getAcceptableLanguages());
        return ClueDtos.Detail.of(d, w -> ApiMessages.text(locale, w.messageKey(), w.arguments().toArray()));
    }
}
