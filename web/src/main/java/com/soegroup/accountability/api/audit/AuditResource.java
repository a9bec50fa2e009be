package com.soegroup.accountability.api.audit;

import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditChain;
import com.soegroup.accountability.audit.AuditFilter;
import com.soegroup.accountability.audit.AuditPage;
import com.soegroup.accountability.audit.AuditRecord;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.audit.FieldChange;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code /audit}: the audit trail for ADMIN and AUDITOR — the log, newest first, and the chain check. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @JsonbNillable
    public record Entry(long seq, Instant occurredAt, String user, String roles, String action, String objectType,
                        String objectId, List<FieldChange> changes, Map<String, String> facts, String hash) {
        static Entry of(AuditRecord r) {
            return new Entry(r.seq(), r.occurredAt(), r.userId(), r.roles(), r.action(), r.objectType(), r.objectId(),
                    r.changes(), r.facts(), r.hash());
        }
    }

    public record Page(long total, int page, int size, List<Entry> items) {
    }

    /** {@code firstBad} and {@code problem} (ALTERED or REMOVED) name the first entry found wrong, else null. */
    @JsonbNillable
    public record Verification(boolean intact, long entriesChecked, Long firstBad, String problem) {
    }

    @EJB
    private AuditService audit;

    @GET
    @RolesAllowed({Role.R_ADMIN, Role.R_AUDITOR})
    public Page search(@QueryParam("user") String user, @QueryParam("action") String action,
                       @QueryParam("objectType") String objectType, @QueryParam("objectId") String objectId,
                       @QueryParam("from") String from, @QueryParam("to") String to,
                       @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        ApiValues.checkPaging(page, size, 500);
        AuditFilter filter = new AuditFilter(user, action(action), objectType, objectId, date("from", from), date("to", to));
        AuditPage found = audit.search(filter, page * size, size);
        return new Page(found.total(), page, size, found.entries().stream().map(Entry::of).toList());
    }

    @GET
    @Path("verify")
    @RolesAllowed({Role.R_ADMIN, Role.R_AUDITOR})
    public Verification verify() {
        AuditChain.Verification v = audit.verify();
        return new Verification(v.intact(), v.entriesChecked(), v.seq(), v.problem() == null ? null : v.problem().name());
    }

    private static AuditAction action(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return AuditAction.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw AccountabilityException.invalid("action", "field.unknownCode", text);
        }
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw AccountabilityException.invalid(field, "date.invalid");
        }
    }
}
