package com.soegroup.accountability.duty;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.org.Enterprise;
import com.soegroup.accountability.org.EnterpriseRepository;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.NumberSeries;
import com.soegroup.accountability.shared.Numbering;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Duty records kept elsewhere, imported from a file (xlsx or CSV, {@link DutyImportRows}) by LIAISON or OFFICE: every
 * record is read and checked as the form's are, and saved as a draft only when no row of the file is wrong; otherwise
 * nothing is saved and the answer names every wrong row and column.
 */
@Stateless
@DenyAll
public class DutyImportService {

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @Inject
    private DutyRecordRepository records;

    @Inject
    private DutyRecordChecks checks;

    @Inject
    private EnterpriseRepository enterprises;

    @Inject
    private Numbering numbering;

    @Inject
    private Clock clock;

    @RolesAllowed({Role.R_OFFICE, Role.R_LIAISON})
    public DutyImportResult importFile(byte[] content) {
        Scope scope = scopes.current();
        Table table;
        try {
            table = TableReader.read(content);
        } catch (TableException e) {
            return new DutyImportResult(0, false, List.of(),
                    List.of(new DutyImportError(1, null, e.messageKey(), List.of(e.arguments()))));
        }
        DutyImportRows.Parsed parsed = DutyImportRows.parse(table);
        List<DutyImportError> errors = new ArrayList<>(parsed.errors());
        LocalDate today = LocalDate.now(clock);
        List<Object[]> ready = new ArrayList<>();
        for (DutyImportRows.Read read : parsed.records()) {
            Optional<Enterprise> enterprise = enterprises.findByCode(scope, read.data().enterprise());
            if (enterprise.isEmpty()) {
                errors.add(DutyImportRows.locate(read, "enterprise", "enterprise.unknown", List.of(read.data().enterprise())));
                continue;
            }
            try {
                ready.add(new Object[]{enterprise.get(), checks.check(scope, read.data(), today)});
            } catch (AccountabilityException e) {
                errors.add(DutyImportRows.locate(read, e.field(), e.messageKey(), List.of(e.arguments())));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort((a, b) -> Integer.compare(a.row(), b.row()));
            return new DutyImportResult(table.rows().size(), false, List.of(), errors);
        }
        List<String> numbers = new ArrayList<>();
        for (Object[] r : ready) {
            Enterprise enterprise = (Enterprise) r[0];
            DutyRecordChecks.Clean clean = (DutyRecordChecks.Clean) r[1];
            Numbering.Issued no = numbering.next(NumberSeries.DUTY_RECORD, enterprise.code(), clean.data().meetingDate().getYear());
            records.persist(new DutyRecord(no.number(), no.year(), no.serial(), enterprise, clean.data(), clean.participants(),
                    scope.userId(), clock.instant()));
            numbers.add(no.number());
        }
        records.flush();
        audit.record(AuditAction.IMPORT, DutyRecordRepository.LIST, "import", List.of(),
                Map.of("rows", table.rows().size(), "records", String.join(",", numbers)));
        return new DutyImportResult(table.rows().size(), true, numbers, List.of());
    }

    @RolesAllowed({Role.R_OFFICE, Role.R_LIAISON})
    public byte[] template() {
        return DutyImportRows.template();
    }
}
