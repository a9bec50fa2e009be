package com.soegroup.accountability.api.effect;

import com.soegroup.accountability.effect.EffectService;
import com.soegroup.accountability.effect.PersonEligibility;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * api.md "HR": promotion eligibility of one person, or of a list in one call. The date defaults to today
 * (China); a person unknown or outside the caller's scope is 404, in a list a "not found" line.
 */
@Path("people")
@Produces(MediaType.APPLICATION_JSON)
public class EligibilityResource {

    @EJB
    private EffectService effects;

    @GET
    @Path("{employeeNo}/promotion-eligibility")
    @RolesAllowed({Role.R_HR, Role.R_OFFICE, Role.R_LEADER})
    public EffectDtos.EligibilityAnswer one(@PathParam("employeeNo") String employeeNo, @QueryParam("date") String date) {
        return EffectDtos.EligibilityAnswer.of(effects.eligibility(employeeNo, Dates.parse("date", date)));
    }

    @POST
    @Path("promotion-eligibility")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_HR, Role.R_OFFICE, Role.R_LEADER})
    public EffectDtos.ListAnswer list(JsonObject body) {
        if (body == null) {
            throw AccountabilityException.invalid(null, "request.body.required");
        }
        LocalDate date = body.containsKey("date") && body.get("date").getValueType() != JsonValue.ValueType.NULL
                ? Dates.parse("date", body.get("date") instanceof JsonString s ? s.getString() : "?")
                : null;
        List<String> employeeNos = employeeNos(body);
        LocalDate on = date == null ? effects.today() : date;
        List<PersonEligibility> answers = effects.eligibility(employeeNos, on);
        return new EffectDtos.ListAnswer(on.toString(), answers.stream().map(EffectDtos.ListEntry::of).toList());
    }

    private static List<String> employeeNos(JsonObject body) {
        String field = EffectService.FIELD_EMPLOYEE_NOS;
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw AccountabilityException.invalid(field, "effect.batch.empty");
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw AccountabilityException.invalid(field, "input.array");
        }
        JsonArray array = value.asJsonArray();
        if (array.size() > EffectService.MAX_BATCH) {
            // before reading 10,001 elements only to be refused
            throw AccountabilityException.invalid(field, "effect.batch.tooMany", EffectService.MAX_BATCH);
        }
        List<String> numbers = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonString text)) {
                throw AccountabilityException.invalid(field + "[" + i + "]", "input.text");
            }
            numbers.add(text.getString());
        }
        return numbers;
    }
}
