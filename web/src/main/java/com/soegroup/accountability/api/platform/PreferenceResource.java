package com.soegroup.accountability.api.platform;

import com.soegroup.accountability.preference.PreferenceService;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Locale;

/**
 * {@code /me/preferences}: the signed-in user's language, as the header's language switch sets it, and whether the
 * daily to-do digest is mailed (the home page's switch).
 */
@Path("me/preferences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PreferenceResource {

    @EJB
    private PreferenceService preferences;

    @GET
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    @Operation(summary = "The signed-in user's language and whether the daily to-do digest is mailed")
    public PlatformDtos.Preferences get() {
        return new PlatformDtos.Preferences(preferences.preferredLocale().orElse(Locale.SIMPLIFIED_CHINESE).toLanguageTag(),
                preferences.taskDigest());
    }

    @PUT
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    @Operation(summary = "Choose the language (zh-CN or en) and/or whether the daily to-do digest is mailed (taskDigest)")
    public PlatformDtos.Preferences put(PlatformDtos.Preferences wanted) {
        if (wanted.locale() != null) {
            preferences.choose(Locale.forLanguageTag(wanted.locale()));
        }
        if (wanted.taskDigest() != null) {
            preferences.chooseTaskDigest(wanted.taskDigest());
        }
        return get();
    }
}
