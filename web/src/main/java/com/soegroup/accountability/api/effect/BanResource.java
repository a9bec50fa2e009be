package com.soegroup.accountability.api.effect;

import com.soegroup.accountability.api.ApiMessages;
import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.effect.BanEntry;
import com.soegroup.accountability.effect.EffectExports;
import com.soegroup.accountability.effect.EffectService;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * api.md "Ban list" (禁入限制名单): JSON, or CSV with {@code Accept: text/csv} — UTF-8 with a byte-order mark so
 * Excel reads the Chinese, RFC 4180 quoting, a header row in the caller's language (Accept-Language, Chinese by
 * default), an empty "until" for a life ban.
 */
@Path("bans")
public class BanResource {

    static final MediaType CSV = new MediaType("text", "csv");

    @EJB
    private EffectService effects;

    @Context
    private HttpHeaders headers;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed({Role.R_HR, Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR})
    @Operation(summary = "The ban list (禁入限制名单) on a date (HR, OFFICE, LEADER, AUDITOR); CSV with Accept text/csv "
            + "(UTF-8 with BOM, header row in the caller's language, empty until for a life ban); the read is logged")
    @APIResponse(responseCode = "200", description = "OK", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EffectDtos.BanList.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Response list(@QueryParam("activeOn") String activeOn) {
        LocalDate asked = ApiValues.date("activeOn", activeOn);
        LocalDate on = asked == null ? effects.today() : asked;
        List<BanEntry> bans = effects.bans(on);
        if (wantsCsv()) {
            Locale locale = ApiMessages.choose(headers.getAcceptableLanguages());
            StreamingOutput body = out -> EffectExports.bansCsv(bans, key -> ApiMessages.text(locale, key), out);
            return Response.ok(body, CSV.withCharset("UTF-8"))
                    .header("Content-Disposition", "attachment; filename=\"bans-" + on + ".csv\"").build();
        }
        return Response.ok(new EffectDtos.BanList(on.toString(), bans.stream().map(EffectDtos.Ban::of).toList()),
                MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }

    /** CSV only when asked for before JSON: a client that accepts anything gets JSON. */
    private boolean wantsCsv() {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType()) {
                return false;
            }
            if (CSV.isCompatible(type) && !type.isWildcardSubtype()) {
                return true;
            }
            if (MediaType.APPLICATION_JSON_TYPE.isCompatible(type)) {
                return false;
            }
        }
        return false;
    }
}
