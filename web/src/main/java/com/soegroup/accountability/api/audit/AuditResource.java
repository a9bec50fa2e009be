package com.soegroup.accountability.api.audit;

import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditChainService;
import com.soegroup.accountability.audit.AuditFilter;
import com.soegroup.accountability.audit.AuditPage;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /audit}: the audit trail for ADMIN and AUDITOR — the log, newest first, and the chain check. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @EJB
    private AuditService audit;

    @EJB
    private AuditChainService chain;

    @GET
    @RolesAllowed({Role.R_ADMIN, Role.R_AUDITOR})
    @Operation(summary = "Search the audit trail (ADMIN, AUDITOR); the search itself is logged")
    public AuditDtos.Page search(@QueryParam("user") String user, @QueryParam("action") String action,
                                 @QueryParam("objectType") String objectType, @QueryParam("objectId") String objectId,
                                 @QueryParam("from") String from, @QueryParam("to") String to,
                                 @QueryParam("page") @DefaultValue("0") int page,
                                 @QueryParam("size") @DefaultValue("50") int size) {
        ApiValues.checkPaging(page, size, 500);
        AuditFilter filter = new AuditFilter(user, ApiValues.code(AuditAction.class, "action", action), objectType, objectId,
                ApiValues.date("from", from), ApiValues.date("to", to));
        AuditPage found = audit.search(filter, page * size, size);
        return new AuditDtos.Page(found.total(), page, size, found.entries().stream().map(AuditDtos.Entry::of).toList());
    }

    @GET
    @Path("verify")
    @RolesAllowed({Role.R_ADMIN, Role.R_AUDITOR})
    @Operation(summary = "Walk the hash chain from the last intact check (full=true: from the first entry) and name the "
            + "first altered or removed entry (ADMIN, AUDITOR)")
    public AuditDtos.Verification verify(@QueryParam("full") @DefaultValue("false") boolean full) {
        return AuditDtos.Verification.of(chain.verify(full));
    }
}
