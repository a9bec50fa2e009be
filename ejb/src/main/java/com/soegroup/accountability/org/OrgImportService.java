package com.soegroup.accountability.org;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.audit.FieldChange;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Chunks;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.shared.ScopeService;
import com.soegroup.accountability.shared.table.Table;
import com.soegroup.accountability.shared.table.TableException;
import com.soegroup.accountability.shared.table.TableReader;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Import of master data from CSV (UTF-8 or GBK) or .xlsx: enterprises and yearly assets (ADMIN), people
 * (ADMIN, HR) and yearly pay (HR). All or nothing: every row is checked first — its cells, the rules, and
 * against the database within the caller's scope — and if any row is wrong nothing is written and every
 * wrong row is reported. Otherwise rows are upserted by their natural key; rows equal to what is stored are
 * left alone, so importing the same file again changes nothing.
 */
@Stateless
@DenyAll
public class OrgImportService {

    /** "Today" is a Chinese business day (shared.ApplicationClock); a test may set it. */
    @Inject
    private Clock clock;

    public static final String AUDIT_IMPORT = "IMPORT";
    /** Rows written between flushes: keeps the persistence context small on files of tens of thousands. */
    private static final int CHUNK = 500;

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @Inject
    private EnterpriseRepository enterprises;

    @Inject
    private PersonRepository people;

    @RolesAllowed({Role.R_ADMIN, Role.R_HR})
    public byte[] template(ImportKind kind, ImportTemplates.Format format) {
        return ImportTemplates.of(kind, format);
    }

    @RolesAllowed(Role.R_ADMIN)
    public ImportResult importEnterprises(String fileName, byte[] content) {
        Scope scope = scopes.current();
        ImportParser.Parsed<ImportParser.EnterpriseRow> parsed = ImportParser.enterprises(read(content));
        List<ImportError> errors = new ArrayList<>(parsed.errors());
        List<ImportParser.EnterpriseRow> rows = parsed.rows();

        Set<String> codes = new HashSet<>();
        Set<String> usccs = new HashSet<>();
        for (ImportParser.EnterpriseRow row : rows) {
            codes.add(row.input().code());
            if (row.input().parentCode() != null) {
                codes.add(row.input().parentCode());
            }
            if (row.input().uscc() != null) {
                usccs.add(row.input().uscc());
            }
        }
        Map<String, Enterprise> visible = enterprises.byCodes(scope, codes);
        Map<String, Enterprise> anywhere = enterprises.byCodesUnscoped(codes);
        Map<String, String> usccHolders = enterprises.codesByUscc(usccs);
        Map<String, ImportParser.EnterpriseRow> newOnes = new LinkedHashMap<>();
        Map<String, Integer> usccRow = new HashMap<>();
        boolean rootExists = enterprises.rootExists();
        for (ImportParser.EnterpriseRow row : rows) {
            EnterpriseInput in = row.input();
            Enterprise existing = visible.get(in.code());
            if (existing == null && anywhere.containsKey(in.code())) {
                errors.add(error(parsed, row.row(), "code", "import.enterprise.codeOutsideScope", in.code()));
                continue;
            }
            String holder = in.uscc() == null ? null : usccHolders.get(in.uscc());
            Integer sameUsccRow = in.uscc() == null ? null : usccRow.putIfAbsent(in.uscc(), row.row());
            if (holder != null && !holder.equals(in.code())) {
                errors.add(error(parsed, row.row(), "uscc", "import.enterprise.usccTaken", holder));
            } else if (sameUsccRow != null) {
                errors.add(error(parsed, row.row(), "uscc", "import.enterprise.usccTwice", sameUsccRow));
            }
            if (existing != null) {
                String currentParent = existing.parent() == null ? null : existing.parent().code();
                if (in.parentCode() != null && !in.parentCode().equals(currentParent)) {
                    errors.add(error(parsed, row.row(), "parent", "import.enterprise.parentChange",
                            currentParent == null ? "—" : currentParent));
                }
                continue;
            }
            if (in.parentCode() == null) {
                if (rootExists || newOnes.values().stream().anyMatch(r -> r.input().parentCode() == null)) {
                    errors.add(error(parsed, row.row(), "parent", "import.enterprise.parentRequired"));
                    continue;
                }
            } else if (!visible.containsKey(in.parentCode()) && rows.stream().noneMatch(r -> r.input().code().equals(in.parentCode()))) {
                errors.add(error(parsed, row.row(), "parent", "enterprise.unknown", in.parentCode()));
                continue;
            } else if (visible.containsKey(in.parentCode()) && !visible.get(in.parentCode()).isActive()) {
                errors.add(error(parsed, row.row(), "parent", "enterprise.notActive", in.parentCode()));
                continue;
            }
            newOnes.put(in.code(), row);
        }
        // new enterprises in an order where each parent exists before its children; what is left is a cycle
        List<ImportParser.EnterpriseRow> creationOrder = new ArrayList<>();
        Set<String> placed = new HashSet<>(visible.keySet());
        boolean progress = true;
        while (progress && creationOrder.size() < newOnes.size()) {
            progress = false;
            for (ImportParser.EnterpriseRow row : newOnes.values()) {
                String parent = row.input().parentCode();
                if (!placed.contains(row.input().code()) && (parent == null || placed.contains(parent))) {
                    creationOrder.add(row);
                    placed.add(row.input().code());
                    progress = true;
                }
            }
        }
        for (ImportParser.EnterpriseRow row : newOnes.values()) {
            if (!placed.contains(row.input().code()) && errors.stream().noneMatch(e -> e.row() == row.row())) {
                errors.add(error(parsed, row.row(), "parent", "import.enterprise.parentMissing", row.input().parentCode()));
            }
        }
        if (!errors.isEmpty()) {
            return rejected(ImportKind.ENTERPRISES, fileName, parsed.total(), errors);
        }

        int created = 0;
        int updated = 0;
        int unchanged = 0;
        String user = scope.userId();
        for (ImportParser.EnterpriseRow row : rows) {
            Enterprise existing = visible.get(row.input().code());
            if (existing == null) {
                continue;
            }
            EnterpriseData data = data(row.input());
            if (existing.sameData(data)) {
                unchanged++;
            } else {
                existing.apply(data);
                updated++;
            }
        }
        Map<String, Enterprise> made = new HashMap<>(visible);
        LocalDate today = LocalDate.now(clock);
        for (ImportParser.EnterpriseRow row : creationOrder) {
            Enterprise parent = row.input().parentCode() == null ? null : made.get(row.input().parentCode());
            Enterprise e = new Enterprise(enterprises.nextId(), row.input().code(), parent, data(row.input()));
            enterprises.persist(e);
            enterprises.persist(new EnterpriseChange(e, EnterpriseChangeKind.CREATED, today, null, parent, null,
                    "导入：" + (fileName == null ? "" : fileName), user, clock.instant()));
            made.put(e.code(), e);
            created++;
        }
        return saved(ImportKind.ENTERPRISES, fileName, rows.size(), created, updated, unchanged);
    }

    @RolesAllowed(Role.R_ADMIN)
    public ImportResult importAssets(String fileName, byte[] content) {
        Scope scope = scopes.current();
        LocalDate today = LocalDate.now(clock);
        ImportParser.Parsed<ImportParser.AssetsRow> parsed = ImportParser.assets(read(content), today);
        List<ImportError> errors = new ArrayList<>(parsed.errors());
        Set<String> codes = new HashSet<>();
        parsed.rows().forEach(row -> codes.add(row.enterprise()));
        Map<String, Enterprise> visible = enterprises.byCodes(scope, codes);
        for (ImportParser.AssetsRow row : parsed.rows()) {
            if (!visible.containsKey(row.enterprise())) {
                errors.add(error(parsed, row.row(), "enterprise", "enterprise.unknown", row.enterprise()));
            }
        }
        if (!errors.isEmpty()) {
            return rejected(ImportKind.ASSETS, fileName, parsed.total(), errors);
        }
        Map<String, EnterpriseAssets> existing = enterprises.assetsOf(scope,
                visible.values().stream().map(Enterprise::id).toList());
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (ImportParser.AssetsRow row : parsed.rows()) {
            Enterprise e = visible.get(row.enterprise());
            EnterpriseAssets assets = existing.get(e.id() + "/" + row.year());
            if (assets == null) {
                assets = new EnterpriseAssets(e, row.year());
                assets.apply(row.data(), scope.userId());
                enterprises.persist(assets);
                created++;
            } else if (assets.same(row.data())) {
                unchanged++;
            } else {
                assets.apply(row.data(), scope.userId());
                updated++;
            }
        }
        return saved(ImportKind.ASSETS, fileName, parsed.rows().size(), created, updated, unchanged);
    }

    /**
     * People by employee number. A linked account ({@code ldapUserId}) only ADMIN sets or changes, each change an
     * UPDATE entry of the person with the old and new value (PersonService#linkRefused): HR's row repeats the link on
     * record or leaves the column empty, which keeps it.
     */
    @RolesAllowed({Role.R_ADMIN, Role.R_HR})
    public ImportResult importPeople(String fileName, byte[] content) {
        Scope scope = scopes.current();
        boolean admin = scope.has(Role.ADMIN);
        ImportParser.Parsed<ImportParser.PersonRow> parsed = ImportParser.people(read(content));
        List<ImportError> errors = new ArrayList<>(parsed.errors());
        List<ImportParser.PersonRow> rows = parsed.rows();

        Set<String> nos = new HashSet<>();
        Set<String> codes = new HashSet<>();
        Set<String> userIds = new HashSet<>();
        for (ImportParser.PersonRow row : rows) {
            nos.add(row.employeeNo());
            codes.add(row.input().enterpriseCode());
            if (row.input().ldapUserId() != null) {
                userIds.add(row.input().ldapUserId());
            }
        }
        Map<String, Long> inScope = people.idsInScope(scope, nos);
        Map<String, Long> anywhere = people.idsByEmployeeNoUnscoped(nos);
        Map<String, Enterprise> visible = enterprises.byCodes(scope, codes);
        Map<String, String> userHolders = people.employeeNosByUserId(userIds);
        Map<String, Integer> userRow = new HashMap<>();
        for (ImportParser.PersonRow row : rows) {
            PersonInput in = row.input();
            if (!inScope.containsKey(row.employeeNo()) && anywhere.containsKey(row.employeeNo())) {
                errors.add(error(parsed, row.row(), "employeeNo", "import.person.outsideScope", row.employeeNo()));
                continue;
            }
            Enterprise enterprise = visible.get(in.enterpriseCode());
            if (enterprise == null) {
                errors.add(error(parsed, row.row(), "enterprise", "enterprise.unknown", in.enterpriseCode()));
            } else if (!enterprise.isActive()) {
                errors.add(error(parsed, row.row(), "enterprise", "enterprise.notActive", in.enterpriseCode()));
            }
            if (in.ldapUserId() != null) {
                String holder = userHolders.get(in.ldapUserId());
                Integer first = userRow.putIfAbsent(in.ldapUserId(), row.row());
                if (holder != null && !holder.equals(row.employeeNo())) {
                    errors.add(error(parsed, row.row(), "ldapUserId", "person.ldapUserId.taken", in.ldapUserId()));
                } else if (first != null) {
                    errors.add(error(parsed, row.row(), "ldapUserId", "import.person.userIdTwice", first));
                } else if (holder == null && !admin) {
                    errors.add(error(parsed, row.row(), "ldapUserId", "person.ldapUserId.adminOnly"));
                }
            }
        }
        if (!errors.isEmpty()) {
            return rejected(ImportKind.PEOPLE, fileName, parsed.total(), errors);
        }

        Supplier<IdNumbers> hasher = memo(IdNumbers::fromConfiguration);
        Map<String, Long> enterpriseIds = new HashMap<>();
        visible.forEach((code, e) -> enterpriseIds.put(code, e.id()));
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        Map<String, FieldChange> links = new LinkedHashMap<>();
        for (List<ImportParser.PersonRow> chunk : Chunks.of(rows, CHUNK)) {
            Map<String, Person> existing = people.byEmployeeNos(scope, chunk.stream().map(ImportParser.PersonRow::employeeNo).toList());
            for (ImportParser.PersonRow row : chunk) {
                Person person = existing.get(row.employeeNo());
                String linked = person == null ? null : person.ldapUserId();
                PersonInput input = row.input();
                if (!admin && input.ldapUserId() == null && linked != null) {
                    input = PersonImportRules.withLdapUserId(input, linked);
                }
                PersonData data = PersonImportRules.toData(input, hasher);
                if (!Objects.equals(linked, data.ldapUserId())) {
                    links.put(row.employeeNo(), new FieldChange("ldapUserId", linked, data.ldapUserId()));
                }
                Long enterpriseId = enterpriseIds.get(row.input().enterpriseCode());
                if (person == null) {
                    person = new Person(row.employeeNo());
                    person.apply(data, people.enterpriseReference(enterpriseId));
                    people.persist(person);
                    created++;
                } else if (person.same(data, enterpriseId)) {
                    unchanged++;
                } else {
                    person.apply(data, people.enterpriseReference(enterpriseId));
                    updated++;
                }
            }
            people.flushAndClear();
        }
        links.forEach((employeeNo, link) -> audit.record(AuditAction.UPDATE, PersonService.AUDIT_PERSON, employeeNo, List.of(link),
                Map.of("import", fileName == null ? "" : fileName)));
        return saved(ImportKind.PEOPLE, fileName, rows.size(), created, updated, unchanged);
    }

    @RolesAllowed(Role.R_HR)
    public ImportResult importPay(String fileName, byte[] content) {
        Scope scope = scopes.current();
        ImportParser.Parsed<ImportParser.PayRow> parsed = ImportParser.pay(read(content), LocalDate.now(clock));
        List<ImportError> errors = new ArrayList<>(parsed.errors());
        Set<String> nos = new HashSet<>();
        parsed.rows().forEach(row -> nos.add(row.employeeNo()));
        Map<String, Long> personIds = people.idsInScope(scope, nos);
        for (ImportParser.PayRow row : parsed.rows()) {
            if (!personIds.containsKey(row.employeeNo())) {
                errors.add(error(parsed, row.row(), "employeeNo", "import.pay.personUnknown", row.employeeNo()));
            }
        }
        if (!errors.isEmpty()) {
            return rejected(ImportKind.PAY, fileName, parsed.total(), errors);
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        Instant now = clock.instant();
        for (List<ImportParser.PayRow> chunk : Chunks.of(parsed.rows(), CHUNK)) {
            Map<String, PersonPay> existing = people.payOf(scope,
                    chunk.stream().map(row -> personIds.get(row.employeeNo())).distinct().toList());
            for (ImportParser.PayRow row : chunk) {
                Long personId = personIds.get(row.employeeNo());
                PersonPay pay = existing.get(personId + "/" + row.year());
                if (pay == null) {
                    pay = new PersonPay(people.personReference(personId), row.year());
                    pay.apply(row.data(), scope.userId(), now);
                    people.persist(pay);
                    created++;
                } else if (pay.same(row.data())) {
                    unchanged++;
                } else {
                    pay.apply(row.data(), scope.userId(), now);
                    updated++;
                }
            }
            people.flushAndClear();
        }
        return saved(ImportKind.PAY, fileName, parsed.rows().size(), created, updated, unchanged);
    }

    private static Table read(byte[] content) {
        try {
            return TableReader.read(content);
        } catch (TableException e) {
            throw AccountabilityException.invalid("file", e.messageKey(), e.arguments());
        }
    }

    private ImportResult saved(ImportKind kind, String fileName, int rows, int created, int updated, int unchanged) {
        audit.record(AuditAction.IMPORT, AUDIT_IMPORT, kind.name(), List.of(), facts(kind, fileName, rows,
                Map.of("created", created, "updated", updated, "unchanged", unchanged)));
        return new ImportResult(kind, fileName, rows, created, updated, unchanged, List.of());
    }

    /** Nothing was written; the attempt is still in the audit trail, with how many errors it had. */
    private ImportResult rejected(ImportKind kind, String fileName, int rows, List<ImportError> errors) {
        List<ImportError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingInt(ImportError::row));
        audit.record(AuditAction.IMPORT, AUDIT_IMPORT, kind.name(), List.of(), facts(kind, fileName, rows,
                Map.of("rejected", true, "errors", errors.size())));
        return new ImportResult(kind, fileName, rows, 0, 0, 0, sorted);
    }

    private static Map<String, Object> facts(ImportKind kind, String fileName, int rows, Map<String, Object> more) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("kind", kind);
        facts.put("file", fileName == null ? "" : fileName);
        facts.put("rows", rows);
        facts.putAll(new TreeMap<>(more));
        return facts;
    }

    private static ImportError error(ImportParser.Parsed<?> parsed, int row, String field, String key, Object... arguments) {
        return new ImportError(row, parsed.column(field), key, List.of(arguments));
    }

    private static EnterpriseData data(EnterpriseInput in) {
        return new EnterpriseData(in.fullName(), in.shortName(), in.type(), in.uscc(), in.ownerInstitution());
    }

    private static <T> Supplier<T> memo(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
