package com.soegroup.accountability.org;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.audit.FieldChange;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Inputs;
import com.soegroup.accountability.shared.PdfFont;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.shared.ScopeService;
import com.lowagie.text.pdf.BaseFont;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The accountability organs of an enterprise (篇二 and its 附件): the leading group and its office with their members,
 * kept by the office (and ADMIN) for the enterprises of their scope, each change a line of the organ's history and
 * an audit entry; and the organisation report drawn from them as DOCX and PDF.
 */
@Stateless
@DenyAll
public class OrganService {

    public static final String AUDIT_ORGAN = "ORGAN";
    static final int MAX_MEMBERS = 100;

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @Inject
    private EnterpriseRepository enterprises;

    @Inject
    private PersonRepository people;

    @Inject
    private OrganRepository organs;

    @Inject
    private Clock clock;

    /** Both organs of the enterprise, the leading group first; one not entered yet shows as not existing. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR, Role.R_ADMIN})
    public OrganReport report(String enterpriseCode) {
        Scope scope = scopes.current();
        Enterprise enterprise = enterprise(scope, enterpriseCode);
        OrganReport report = report(scope, enterprise);
        if (scope.has(Role.AUDITOR)) {
            audit.record(AuditAction.READ, AUDIT_ORGAN, enterprise.code(), List.of());
        }
        return report;
    }

    /**
     * Enters or changes one organ of the enterprise with all its members. {@code version} is the one read (-1 for
     * an organ not entered yet), so two people cannot overwrite each other.
     */
    @RolesAllowed({Role.R_OFFICE, Role.R_ADMIN})
    public OrganReport save(String enterpriseCode, OrganKind kind, int version, OrganData data) {
        Scope scope = scopes.current();
        Enterprise enterprise = enterprise(scope, enterpriseCode);
        if (kind == null) {
            throw AccountabilityException.invalid("kind", "field.required");
        }
        if (data == null) {
            throw AccountabilityException.invalid("name", "field.required");
        }
        String name = Inputs.text("name", data.name(), 200);
        LocalDate established = data.establishedOn() == null ? null
                : Inputs.notFuture("establishedOn", data.establishedOn(), LocalDate.now(clock), "organ.established.future");
        String basis = Inputs.optional("basis", data.basis(), 200);
        String host = Inputs.optional("hostDepartment", data.hostDepartment(), 200);
        String duties = Inputs.optional("duties", data.duties(), 2000);
        if (data.staffCount() != null && (data.staffCount() < 0 || data.staffCount() > 100_000)) {
            throw AccountabilityException.invalid("staffCount", "organ.staff.range");
        }
        List<OrganMember> members = members(scope, data.members());

        Optional<AccountabilityOrgan> existing = organs.of(scope, enterprise).stream().filter(o -> o.kind() == kind).findFirst();
        Map<String, Object> before = existing.map(OrganService::facts).orElse(Map.of());
        AccountabilityOrgan organ;
        if (existing.isPresent()) {
            organ = existing.get();
            Inputs.version(version, organ.version());
        } else {
            if (version != -1) {
                throw AccountabilityException.stale();
            }
            organ = new AccountabilityOrgan(enterprise, kind, clock.instant());
        }
        organ.describe(name, established, basis, host, duties, data.staffCount(), clock.instant());
        organ.members(members);
        if (existing.isEmpty()) {
            // persisted once described: the identity column inserts the row at once
            organs.add(organ);
        }
        organs.flush();
        Map<String, Object> after = facts(organ);
        organs.add(new OrganHistory(organ, clock.instant(), scope.userId(),
                existing.isPresent() ? OrganHistory.Action.UPDATED : OrganHistory.Action.CREATED, details(before, after)));
        audit.record(existing.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, AUDIT_ORGAN, enterprise.code(),
                FieldChange.diff(before, after), Map.of("organKind", kind));
        organs.flush();
        return report(scope, enterprise);
    }

    /** The organisation report as SASAC's notice asks for it (附件), as a Word document to edit and stamp. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR, Role.R_ADMIN})
    public byte[] docx(String enterpriseCode, Function<String, String> texts) {
        Scope scope = scopes.current();
        Enterprise enterprise = enterprise(scope, enterpriseCode);
        byte[] docx = OrganDocuments.docx(report(scope, enterprise), texts, LocalDate.now(clock));
        audit.record(AuditAction.EXPORT, AUDIT_ORGAN, enterprise.code(), List.of(), Map.of("format", "docx", "bytes", docx.length));
        return docx;
    }

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR, Role.R_ADMIN})
    public byte[] pdf(String enterpriseCode, Function<String, String> texts) {
        Scope scope = scopes.current();
        Enterprise enterprise = enterprise(scope, enterpriseCode);
        BaseFont font = PdfFont.load();
        if (font == null) {
            throw AccountabilityException.refused("report.font.missing");
        }
        byte[] pdf = OrganDocuments.pdf(report(scope, enterprise), texts, font, LocalDate.now(clock));
        audit.record(AuditAction.EXPORT, AUDIT_ORGAN, enterprise.code(), List.of(), Map.of("format", "pdf", "bytes", pdf.length));
        return pdf;
    }

    private Enterprise enterprise(Scope scope, String code) {
        if (code == null || code.isBlank()) {
            throw AccountabilityException.invalid("enterprise", "field.required");
        }
        return enterprises.findByCode(scope, code.strip()).orElseThrow(AccountabilityException::notFound);
    }

    private OrganReport report(Scope scope, Enterprise enterprise) {
        List<AccountabilityOrgan> kept = organs.of(scope, enterprise);
        List<OrganDetail> details = new ArrayList<>();
        for (OrganKind kind : OrganKind.values()) {
            details.add(kept.stream().filter(o -> o.kind() == kind).findFirst()
                    .map(o -> detail(scope, o))
                    .orElseGet(() -> new OrganDetail(kind, false, null, null, null, null, null, null, List.of(), null,
                            List.of(), -1)));
        }
        return new OrganReport(enterprise.code(), enterprise.fullName(), details);
    }

    private OrganDetail detail(Scope scope, AccountabilityOrgan o) {
        List<OrganHistoryEntry> history = organs.history(scope, o).stream()
                .map(h -> new OrganHistoryEntry(h.occurredAt(), h.userId(), h.action(), h.details())).toList();
        return new OrganDetail(o.kind(), true, o.name(), o.establishedOn(), o.basis(), o.hostDepartment(), o.duties(),
                o.staffCount(), o.members().stream().map(OrganService::data).toList(), o.updatedAt(), history, o.version());
    }

    private static OrganMemberData data(OrganMember m) {
        return new OrganMemberData(m.position(), m.person() == null ? null : m.person().employeeNo(), m.name(),
                m.department(), m.post(), m.phone(), m.email());
    }

    /** The members as entered; a linked person must be in the caller's scope, and lends name and post where left out. */
    private List<OrganMember> members(Scope scope, List<OrganMemberData> entered) {
        List<OrganMemberData> list = entered == null ? List.of() : entered;
        if (list.size() > MAX_MEMBERS) {
            throw AccountabilityException.invalid("members", "organ.members.tooMany", MAX_MEMBERS);
        }
        List<OrganMember> members = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            OrganMemberData m = list.get(i);
            String at = "members[" + i + "]";
            if (m == null || m.position() == null) {
                throw AccountabilityException.invalid(at + ".position", "organ.member.position");
            }
            Person person = null;
            String employeeNo = Inputs.strip(m.employeeNo());
            if (employeeNo != null) {
                person = people.findByEmployeeNo(scope, employeeNo)
                        .orElseThrow(() -> AccountabilityException.invalid(at + ".employeeNo", "organ.member.unknownPerson",
                                Inputs.quote(employeeNo)));
            }
            String name = Inputs.strip(m.name()) == null && person != null ? person.name()
                    : Inputs.text(at + ".name", m.name(), 100);
            String department = Inputs.strip(m.department()) == null && person != null ? person.department()
                    : Inputs.optional(at + ".department", m.department(), 200);
            String post = Inputs.strip(m.post()) == null && person != null ? person.post()
                    : Inputs.optional(at + ".post", m.post(), 200);
            String phone = Inputs.optional(at + ".phone", m.phone(), 50);
            if (phone != null && !phone.matches("[0-9+\\-() 转]{3,50}")) {
                throw AccountabilityException.invalid(at + ".phone", "organ.member.phone.invalid");
            }
            String email = Inputs.optional(at + ".email", m.email(), 200);
            if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw AccountabilityException.invalid(at + ".email", "organ.member.email.invalid");
            }
            members.add(new OrganMember(m.position(), person, name, department, post, phone, email));
        }
        return members;
    }

    /** What the audit trail and the history compare: names, not codes (the posts as their Chinese words). */
    private static Map<String, Object> facts(AccountabilityOrgan o) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("organName", o.name());
        facts.put("establishedOn", o.establishedOn());
        facts.put("organBasis", o.basis());
        facts.put("hostDepartment", o.hostDepartment());
        facts.put("organDuties", o.duties());
        facts.put("staffCount", o.staffCount());
        facts.put("members", o.members().stream().map(m -> m.name() + "（" + POSITION_WORDS.get(m.position()) + "）")
                .collect(Collectors.joining("、")));
        return facts;
    }

    /** The words the history keeps for a post, so a line reads the same whatever the bundle holds later. */
    static final Map<OrganPosition, String> POSITION_WORDS = Map.of(
            OrganPosition.LEADER, "组长", OrganPosition.DEPUTY_LEADER, "副组长", OrganPosition.MEMBER, "成员",
            OrganPosition.OFFICE_DIRECTOR, "办公室主任", OrganPosition.OFFICE_DEPUTY_DIRECTOR, "办公室副主任",
            OrganPosition.STAFF, "工作人员", OrganPosition.LIAISON, "联络员");

    /** {@code key=value} pairs of what changed (all of it for a new organ), for {@code web.shell.HistoryText}. */
    private static String details(Map<String, Object> before, Map<String, Object> after) {
        List<String> parts = new ArrayList<>();
        after.forEach((key, value) -> {
            Object old = before.get(key);
            if (value != null && !String.valueOf(value).isEmpty() && !String.valueOf(value).equals(String.valueOf(old))) {
                parts.add(key + "=" + String.valueOf(value).replace(';', '；').replace('\n', ' '));
            }
        });
        return String.join("; ", parts);
    }
}
