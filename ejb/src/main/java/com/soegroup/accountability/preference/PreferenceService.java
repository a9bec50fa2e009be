package com.soegroup.accountability.preference;

import com.soegroup.accountability.shared.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The signed-in user's own preferences; a user reads and writes only their own. */
@Stateless
@RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
public class PreferenceService {

    /** The languages of the UI; anything else is refused rather than stored. */
    public static final Set<String> SUPPORTED_LOCALES = Set.of("zh-CN", "en");

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    private final Clock clock = Clock.systemUTC();

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public Optional<Locale> preferredLocale() {
        return mine().map(UserPreference::locale).map(Locale::forLanguageTag);
    }

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public void choose(Locale locale) {
        String tag = locale.toLanguageTag();
        if (!SUPPORTED_LOCALES.contains(tag)) {
            throw new IllegalArgumentException("Unsupported locale " + tag);
        }
        mineOrNew().changeLocale(tag, clock.instant());
    }

    /** Whether the daily to-do digest is mailed to the user: yes unless they opted out. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public boolean taskDigest() {
        return mine().map(UserPreference::taskDigest).orElse(true);
    }

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public void chooseTaskDigest(boolean wanted) {
        mineOrNew().changeTaskDigest(wanted, clock.instant());
    }

    private Optional<UserPreference> mine() {
        return Optional.ofNullable(em.find(UserPreference.class, context.getCallerPrincipal().getName()));
    }

    private UserPreference mineOrNew() {
        return mine().orElseGet(() -> {
            UserPreference created = new UserPreference(context.getCallerPrincipal().getName(), clock.instant());
            em.persist(created);
            return created;
        });
    }
}
