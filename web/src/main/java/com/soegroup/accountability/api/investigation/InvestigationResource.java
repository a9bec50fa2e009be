package com.soegroup.accountability.api.investigation;

import com.soegroup.accountability.api.ApiMessages;
import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.api.JsonInput;
import com.soegroup.accountability.investigation.CaseFindings;
import com.soegroup.accountability.investigation.EvaluationData;
import com.soegroup.accountability.investigation.EvidenceBasis;
import com.soegroup.accountability.investigation.EvidenceContent;
import com.soegroup.accountability.investigation.EvidenceService;
import com.soegroup.accountability.investigation.FindingData;
import com.soegroup.accountability.investigation.FindingService;
import com.soegroup.accountability.investigation.HeadCircumstance;
import com.soegroup.accountability.investigation.InvestigationData;
import com.soegroup.accountability.investigation.InvestigationDetail;
import com.soegroup.accountability.investigation.InvestigationHistoryEntry;
import com.soegroup.accountability.investigation.InvestigationService;
import com.soegroup.accountability.investigation.InvestigationStatus;
import com.soegroup.accountability.investigation.InvestigationSummary;
import com.soegroup.accountability.investigation.JurisdictionProposal;
import com.soegroup.accountability.investigation.MemberData;
import com.soegroup.accountability.investigation.TeamRole;
import com.soegroup.accountability.loss.IncidentReportDue;
import com.soegroup.accountability.loss.LossItemData;
import com.soegroup.accountability.loss.LossKind;
import com.soegroup.accountability.loss.LossService;
import com.soegroup.accountability.report.InvestigationReportService;
import com.soegroup.accountability.rule.sanction.Aggravating;
import com.soegroup.accountability.rule.sanction.Exclusion;
import com.soegroup.accountability.rule.sanction.MitigatingCondition;
import com.soegroup.accountability.rule.sanction.Outcome;
import com.soegroup.accountability.rule.sanction.Responsibility;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /investigations}: investigations within the caller's scope, team and recusal; anything else is 404,
 * in the list and by number alike.
 */
@Path("investigations")
@Produces(MediaType.APPLICATION_JSON)
public class InvestigationResource {

    @EJB
    private InvestigationService investigations;

    @EJB
    private LossService losses;

    @EJB
    private FindingService findingService;

    @EJB
    private InvestigationReportService reports;

    @EJB
    private EvidenceService evidenceService;

    @GET
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    public Page list(@QueryParam("status") String status, @QueryParam("q") String text,
                     @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        ApiValues.checkPaging(page, size, 500);
        InvestigationStatus s = null;
        if (status != null && !status.isBlank()) {
            try {
                s = InvestigationStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw AccountabilityException.invalid("status", "field.unknownCode", status);
            }
        }
        InvestigationService.Page found = investigations.search(s, text, page * size, size);
        return new Page(found.total(), page, size, found.items());
    }

    /** Cases of the scope that need a one-event-one-report (一事一报告), with the day the obligation arose. */
    @GET
    @Path("incident-reports")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER})
    public List<IncidentReportDue> incidentReports() {
        return losses.incidentReportsDue();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    public Response open(JsonObject body, @Context UriInfo uri) {
        JsonInput in = JsonInput.of(body);
        InvestigationData data = new InvestigationData(strings(body, "clues"), strings(body, "subjects"),
                in.text("title", true), in.text("plan", true), in.text("lossEnterprise", false));
        InvestigationDetail created = investigations.open(data);
        return Response.created(uri.getAbsolutePathBuilder().path(created.summary().caseNo()).build()).entity(created).build();
    }

    @GET
    @Path("{caseNo}")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    public InvestigationDetail get(@PathParam("caseNo") String caseNo) {
        return investigations.detail(caseNo);
    }

    @GET
    @Path("{caseNo}/history")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    public List<InvestigationHistoryEntry> history(@PathParam("caseNo") String caseNo) {
        return investigations.history(caseNo);
    }

    @POST
    @Path("{caseNo}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR})
    public InvestigationDetail transition(@PathParam("caseNo") String caseNo, JsonObject body) {
        JsonInput in = JsonInput.of(body);
        InvestigationStatus to = in.code("to", InvestigationStatus.class, true);
        return investigations.transition(caseNo, in.integer("version"), to, in.text("reason", false));
    }

    @POST
    @Path("{caseNo}/team")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    public InvestigationDetail assign(@PathParam("caseNo") String caseNo, JsonObject body) {
        JsonInput in = JsonInput.of(body);
        return investigations.assign(caseNo, new MemberData(in.text("userId", true), in.text("department", true),
                in.code("role", TeamRole.class, true)));
    }

    @POST
    @Path("{caseNo}/recusal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    public InvestigationService.RecusalResult declare(@PathParam("caseNo") String caseNo, JsonObject body) {
        JsonInput in = JsonInput.of(body);
        return investigations.declare(caseNo, in.bool("conflict"), in.text("statement", false));
    }

    // --- loss -------------------------------------------------------------------------------------------------

    @GET
    @Path("{caseNo}/loss")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    public LossDtos.Loss loss(@PathParam("caseNo") String caseNo) {
        return LossDtos.Loss.of(losses.summary(caseNo));
    }

    @POST
    @Path("{caseNo}/loss-items")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_INVESTIGATOR})
    public Response addLossItem(@PathParam("caseNo") String caseNo, JsonObject body) {
        JsonInput in = JsonInput.of(body);
        LossItemData data = new LossItemData(in.code("kind", LossKind.class, true), in.bool("contingent"),
                in.text("description", true), in.money("amount", true), in.code("basis", EvidenceBasis.class, true),
                in.text("evidenceReference", true), in.text("assessmentReference", false), in.money("recoveredAmount", false),
                in.ids("evidenceFiles"));
        return Response.status(201).entity(LossDtos.Loss.of(losses.addItem(caseNo, data))).build();
    }

    /** The date of responsibility determination and, optionally, the rule set the case applies. */
    @POST
    @Path("{caseNo}/loss/determination")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_INVESTIGATOR})
    public LossDtos.Loss determine(@PathParam("caseNo") String caseNo, JsonObject body) {
        JsonInput in = JsonInput.of(body);
        return LossDtos.Loss.of(losses.setBasis(caseNo, in.date("determinationDate", true), in.text("ruleSet", false)));
    }

    // --- findings, fault tolerance, jurisdiction --------------------------------------------------------------

    @GET
    @Path("{caseNo}/findings")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    public CaseFindings findings(@PathParam("caseNo") String caseNo) {
        return findingService.findings(caseNo);
    }

    /** The responsibility finding for one subject (created, or replaced with the version read). */
    @POST
    @Path("{caseNo}/findings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_INVESTIGATOR})
    public CaseFindings recordFinding(@PathParam("caseNo") String caseNo, JsonObject body) {
        JsonInput in = JsonInput.of(body);
        String employeeNo = in.text("employeeNo", true);
        FindingData data = new FindingData(in.code("responsibility", Responsibility.class, true),
                in.text("facts", true), in.text("evidence", true), in.codes("circumstances", HeadCircumstance.class),
                in.codes("aggravating", Aggravating.class), in.text("aggravatingReason", false), in.integer("version"));
        return findingService.recordFinding(caseNo, employeeNo, data);
    }

    /** A fault-tolerance evaluation for one subject; refused (422) with any exclusion whatever outcome is sent. */
    @POST
    @Path("{caseNo}/fault-tolerance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_INVESTIGATOR})
    public CaseFindings evaluate(@PathParam("caseNo") String caseNo, JsonObject body) {
        JsonInput in = JsonInput.of(body);
        String employeeNo = in.text("employeeNo", true);
        Map<MitigatingCondition, String> conditions = new EnumMap<>(MitigatingCondition.class);
        in.objects("conditions", false, c -> Map.entry(c.code("code", MitigatingCondition.class, true),
                        java.util.Optional.ofNullable(c.text("evidence", false)).orElse("")))
                .forEach(e -> conditions.put(e.getKey(), e.getValue()));
        EvaluationData data = new EvaluationData(in.codes("exclusions", Exclusion.class), conditions,
                in.code("outcome", Outcome.class, true));
        return findingService.evaluate(caseNo, employeeNo, data);
    }

    @POST
    @Path("{caseNo}/fault-tolerance/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_LEADER)
    public CaseFindings approve(@PathParam("caseNo") String caseNo, JsonObject body) {
        JsonInput in = JsonInput.of(body);
        return findingService.approve(caseNo, in.text("employeeNo", true), in.integer("version"), in.text("note", false));
    }

    /** OFFICE confirms the handling unit (the proposal, or another with a reason); the case moves into its scope. */
    @POST
    @Path("{caseNo}/jurisdiction")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    public JurisdictionProposal jurisdiction(@PathParam("caseNo") String caseNo, JsonObject body) {
        JsonInput in = JsonInput.of(body);
        return findingService.confirmJurisdiction(caseNo, in.text("unit", false), in.text("reason", false), in.integer("version"));
    }

    // --- the report -------------------------------------------------------------------------------------------

    /** The investigation report (财产损失情况调查报告) as a PDF in Chinese; a draft until LEADER approved it. */
    @GET
    @Path("{caseNo}/report.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    public Response report(@PathParam("caseNo") String caseNo) {
        byte[] pdf = reports.pdf(caseNo, key -> ApiMessages.text(Locale.SIMPLIFIED_CHINESE, key));
        String name = caseNo.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9-]", "") + ".pdf";
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    /** The drafters' text of the report: proposed handling and rectification proposals (整改建议). */
    @GET
    @Path("{caseNo}/report")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    public InvestigationReportService.Text reportText(@PathParam("caseNo") String caseNo) {
        return reports.text(caseNo);
    }

    /** Writes them with the version read (absent for the first text); refused once the report is approved. */
    @PUT
    @Path("{caseNo}/report")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_INVESTIGATOR})
    public InvestigationReportService.Text writeReportText(@PathParam("caseNo") String caseNo, JsonObject body) {
        JsonInput in = JsonInput.of(body);
        return reports.writeText(caseNo, in.text("proposedHandling", false), in.text("rectification", false), in.integer("version"));
    }

    // --- evidence and notes -----------------------------------------------------------------------------------

    @GET
    @Path("{caseNo}/evidence")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    public List<EvidenceService.FileView> evidence(@PathParam("caseNo") String caseNo) {
        return evidenceService.files(caseNo);
    }

    /** A file as multipart/form-data: {@code file}, {@code basis}, {@code documentReference}. */
    @POST
    @Path("{caseNo}/evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.R_OFFICE, Role.R_INVESTIGATOR})
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
        EvidenceBasis code = null;
        if (basis != null && !basis.isEmpty()) {
            try {
                code = EvidenceBasis.valueOf(basis.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw AccountabilityException.invalid("basis", "field.unknownCode", basis);
            }
        }
        return Response.status(201).entity(evidenceService.upload(caseNo, fileName, content, code, reference)).build();
    }

    @GET
    @Path("{caseNo}/evidence/{id}")
    @Produces({MediaType.WILDCARD, MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    public Response download(@PathParam("caseNo") String caseNo, @PathParam("id") long id) {
        EvidenceService.Download file = evidenceService.download(caseNo, id);
        String ascii = file.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = java.net.URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @POST
    @Path("{caseNo}/evidence/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_INVESTIGATOR})
    public EvidenceService.FileView withdraw(@PathParam("caseNo") String caseNo, @PathParam("id") long id, JsonObject body) {
        return evidenceService.withdraw(caseNo, id, JsonInput.of(body).text("reason", true));
    }

    @GET
    @Path("{caseNo}/notes")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    public List<EvidenceService.NoteView> notes(@PathParam("caseNo") String caseNo) {
        return evidenceService.notes(caseNo);
    }

    @POST
    @Path("{caseNo}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    public Response addNote(@PathParam("caseNo") String caseNo, JsonObject body) {
        return Response.status(201).entity(evidenceService.addNote(caseNo, JsonInput.of(body).text("text", true))).build();
    }

    public record Page(long total, int page, int size, List<InvestigationSummary> items) {
    }

    static List<String> strings(JsonObject body, String name) {
        if (!body.containsKey(name) || body.get(name).getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (body.get(name).getValueType() != JsonValue.ValueType.ARRAY) {
            throw AccountabilityException.invalid(name, "input.array");
        }
        List<String> values = new ArrayList<>();
        var array = body.getJsonArray(name);
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonString text)) {
                throw AccountabilityException.invalid(name + "[" + i + "]", "input.text");
            }
            values.add(text.getString());
        }
        return values;
    }
}
