package com.soegroup.accountability.org;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.audit.FieldChange;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Inputs;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.shared.ScopeService;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * ADMIN's overrides of users' scopes (a home enterprise instead of the directory's, extra grants) and the
 * caller's own scope as the header shows it. The scope itself is computed by {@link ScopeService}, which
 * reads these overrides on every request, so ADMIN's change applies from the next request.
 */
@Stateless
@DenyAll
public class UserScopeService {

    /** The object type this service writes to the audit trail. */
    public static final String AUDIT_USER_SCOPE = "USER_SCOPE";

    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9._@-]{1,128}");

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @Inject
    private EnterpriseRepository enterprises;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** The caller's own scope, as the header and GET /me/scope show it. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public EffectiveScope mine() {
        Scope scope = scopes.current();
        String employeeNo = scope.personId() == null ? null : em.find(Person.class, scope.personId()).employeeNo();
        String homeName = scope.homeEnterprise() == null ? null
                : enterprises.findByCodeUnscoped(scope.homeEnterprise()).map(Enterprise::fullName).orElse(null);
        return new EffectiveScope(scope.userId(), scope.homeEnterprise(), homeName, scope.rootCodes(), employeeNo,
                em.find(UserScope.class, scope.userId()) != null);
    }

    @RolesAllowed(Role.R_ADMIN)
    public List<ScopeOverride> overrides() {
        return em.createQuery("SELECT s FROM UserScope s ORDER BY s.userId", UserScope.class).getResultList()
                .stream().map(UserScopeService::toOverride).toList();
    }

    @RolesAllowed(Role.R_ADMIN)
    public ScopeOverride override(String userId) {
        UserScope found = userId == null ? null : em.find(UserScope.class, userId);
        if (found == null) {
            throw AccountabilityException.notFound();
        }
        return toOverride(found);
    }

    /**
     * Sets a user's home enterprise and grants. The enterprises must be in ADMIN's own scope. When
     * {@code expectedVersion} is given it must match the stored settings: two administrators editing the same
     * user do not silently overwrite each other.
     */
    @RolesAllowed(Role.R_ADMIN)
    public ScopeOverride save(String userId, String homeEnterpriseCode, List<String> grantCodes, String note,
                              Integer expectedVersion) {
        if (userId == null || !USER_ID.matcher(userId).matches()) {
            throw AccountabilityException.invalid("userId", "scope.userId.invalid");
        }
        Inputs.optional("note", note, 500);
        Scope admin = scopes.current();
        Enterprise home = null;
        if (homeEnterpriseCode != null && !homeEnterpriseCode.isBlank()) {
            home = enterprises.findByCode(admin, homeEnterpriseCode)
                    .orElseThrow(() -> AccountabilityException.invalid("homeEnterprise", "enterprise.unknown", homeEnterpriseCode));
        }
        Set<Enterprise> grants = new LinkedHashSet<>();
        List<String> codes = grantCodes == null ? List.of() : grantCodes;
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            int index = i;
            grants.add(enterprises.findByCode(admin, code)
                    .orElseThrow(() -> AccountabilityException.invalid("grants[" + index + "]", "enterprise.unknown", code)));
        }
        if (home == null && grants.isEmpty()) {
            throw AccountabilityException.invalid("homeEnterprise", "scope.empty");
        }
        UserScope stored = em.find(UserScope.class, userId);
        Map<String, Object> before = stored == null ? Map.of() : audited(toOverride(stored));
        if (stored == null) {
            stored = new UserScope(userId);
            stored.set(home, grants, Inputs.strip(note), admin.userId(), clock.instant());
            em.persist(stored);
        } else {
            if (expectedVersion != null && expectedVersion != stored.version()) {
                throw AccountabilityException.stale();
            }
            stored.set(home, grants, Inputs.strip(note), admin.userId(), clock.instant());
        }
        em.flush();
        ScopeOverride saved = toOverride(stored);
        audit.record(before.isEmpty() ? AuditAction.CREATE : AuditAction.UPDATE, AUDIT_USER_SCOPE, userId,
                FieldChange.diff(before, audited(saved)));
        return saved;
    }

    /** Drops ADMIN's settings: the user's scope is the directory's home enterprise again from the next request. */
    @RolesAllowed(Role.R_ADMIN)
    public void remove(String userId) {
        UserScope found = userId == null ? null : em.find(UserScope.class, userId);
        if (found == null) {
            throw AccountabilityException.notFound();
        }
        Map<String, Object> before = audited(toOverride(found));
        em.remove(found);
        audit.record(AuditAction.DELETE, AUDIT_USER_SCOPE, userId, FieldChange.diff(before,
                Map.of("homeEnterprise", "", "grants", "", "note", "")));
    }

    private static Map<String, Object> audited(ScopeOverride o) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("homeEnterprise", o.homeEnterprise());
        fields.put("grants", String.join(",", o.grants()));
        fields.put("note", o.note());
        return fields;
    }

    private static ScopeOverride toOverride(UserScope s) {
        List<String> grants = new ArrayList<>(s.grants().stream().sorted(Comparator.comparing(Enterprise::path))
                .map(Enterprise::code).toList());
        Enterprise home = s.homeEnterprise();
        return new ScopeOverride(s.userId(), home == null ? null : home.code(), home == null ? null : home.fullName(),
                grants, s.note(), s.updatedBy(), s.updatedAt(), s.version());
    }
}
