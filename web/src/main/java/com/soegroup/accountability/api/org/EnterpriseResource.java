package com.soegroup.accountability.api.org;

import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.org.AssetsYear;
import com.soegroup.accountability.org.EnterpriseChangeKind;
import com.soegroup.accountability.org.EnterpriseDetail;
import com.soegroup.accountability.org.EnterpriseService;
import com.soegroup.accountability.org.EnterpriseSummary;
import com.soegroup.accountability.org.ImportKind;
import com.soegroup.accountability.org.ImportTemplates;
import com.soegroup.accountability.org.OrgImportService;
import com.soegroup.accountability.org.Restructuring;
import com.soegroup.accountability.org.TreeChange;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * {@code /enterprises}: the group tree within the caller's scope (an enterprise outside it is 404, in the
 * list as by code), ADMIN's restructuring, and ADMIN's import of enterprises and yearly assets
 * ({@code POST /enterprises/import}, multipart: {@code file}, {@code kind} ENTERPRISES (default) or ASSETS).
 */
@Path("enterprises")
@Produces(MediaType.APPLICATION_JSON)
public class EnterpriseResource {

    @JsonbNillable
    public record Enterprise(String code, String fullName, String shortName, String parent, String type, String uscc,
                             String ownerInstitution, String status, LocalDate statusDate, String mergedInto, int depth,
                             int version) {
        static Enterprise of(EnterpriseSummary e) {
            return new Enterprise(e.code(), e.fullName(), e.shortName(), e.parentCode(), ApiValues.name(e.type()), e.uscc(),
                    e.ownerInstitution(), ApiValues.name(e.status()), e.statusDate(), e.mergedIntoCode(), e.depth(), e.version());
        }
    }

    @JsonbNillable
    public record Assets(int year, String totalAssets, String netAssets, String source, LocalDate enteredOn,
                         String enteredBy, int version) {
        static Assets of(AssetsYear a) {
            return new Assets(a.year(), ApiValues.money(a.totalAssets()), ApiValues.money(a.netAssets()), a.source(),
                    a.enteredOn(), a.enteredBy(), a.version());
        }
    }

    @JsonbNillable
    public record Change(String kind, LocalDate effectiveDate, String oldParent, String newParent, String mergedInto,
                         String reason, String recordedBy, Instant recordedAt) {
        static Change of(TreeChange c) {
            return new Change(c.kind().name(), c.effectiveDate(), c.oldParentCode(), c.newParentCode(), c.mergedIntoCode(),
                    c.reason(), c.recordedBy(), c.recordedAt());
        }
    }

    public record Detail(Enterprise enterprise, List<Assets> assets, List<Change> history) {
        static Detail of(EnterpriseDetail d) {
            return new Detail(Enterprise.of(d.enterprise()), d.assets().stream().map(Assets::of).toList(),
                    d.history().stream().map(Change::of).toList());
        }
    }

    /** {@code kind}: MOVED (target = new parent), MERGED (target = absorbing enterprise) or CLOSED (no target). */
    public record RestructureRequest(String kind, String target, LocalDate effectiveDate, String reason, Integer version) {
    }

    @EJB
    private EnterpriseService enterprises;

    @EJB
    private OrgImportService imports;

    @Context
    private HttpHeaders headers;

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Role.R_ADMIN)
    public Response importFile(List<EntityPart> parts) {
        Imports.Upload upload = Imports.read(parts);
        ImportKind kind = Imports.kind(upload.kind(), ImportKind.ENTERPRISES, Set.of(ImportKind.ENTERPRISES, ImportKind.ASSETS));
        return Imports.answer(kind == ImportKind.ASSETS
                ? imports.importAssets(upload.fileName(), upload.content())
                : imports.importEnterprises(upload.fileName(), upload.content()), headers);
    }

    @GET
    @Path("import/template")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv", MediaType.APPLICATION_JSON})
    @RolesAllowed(Role.R_ADMIN)
    public Response template(@QueryParam("kind") String kind, @QueryParam("format") String format) {
        ImportKind chosen = Imports.kind(kind, ImportKind.ENTERPRISES, Set.of(ImportKind.ENTERPRISES, ImportKind.ASSETS));
        ImportTemplates.Format as = Imports.format(format);
        return Imports.template(imports.template(chosen, as), chosen, as);
    }

    @GET
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public List<Enterprise> list() {
        return enterprises.tree().stream().map(Enterprise::of).toList();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public Detail get(@PathParam("code") String code) {
        return Detail.of(enterprises.detail(code));
    }

    @POST
    @Path("{code}/restructure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_ADMIN)
    public Detail restructure(@PathParam("code") String code, RestructureRequest request) {
        if (request == null) {
            throw AccountabilityException.invalid(null, "request.body.required");
        }
        EnterpriseChangeKind kind = ApiValues.code(EnterpriseChangeKind.class, "kind", request.kind());
        if (kind == null) {
            throw AccountabilityException.invalid("kind", "field.required");
        }
        return Detail.of(enterprises.restructure(code,
                new Restructuring(kind, request.target(), request.effectiveDate(), request.reason()), request.version()));
    }
}
