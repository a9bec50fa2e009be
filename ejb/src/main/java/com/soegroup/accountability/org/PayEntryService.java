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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HR enters or corrects one person's pay of one year on screen (issue 17): the same checks as the pay import
 * ({@link OrgRules#checkPay}), for a person of HR's scope only (another is "not found"), and the same audit object as
 * the import and the person's pay page ({@link PersonService#AUDIT_PAY}), with what changed.
 */
@Stateless
@DenyAll
public class PayEntryService {

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @Inject
    private PersonRepository people;

    @Inject
    private Clock clock;

    /**
     * Saves the year's pay: a new year is created, an existing one changed when the {@code version} read is still
     * current (a stale version is refused; none given for an existing year is refused too, so nothing is
     * overwritten unseen). The first problem the import would report is the answer, naming its field.
     */
    @RolesAllowed(Role.R_HR)
    public PayYear enter(String employeeNo, Integer year, PayData data, Integer version) {
        Scope scope = scopes.current();
        Person person = people.findByEmployeeNo(scope, employeeNo).orElseThrow(AccountabilityException::notFound);
        PayData in = data == null ? new PayData(null, null, null) : data;
        List<Problem> problems = OrgRules.checkPay(year, in, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            Problem first = problems.get(0);
            throw AccountabilityException.invalid(first.field(), first.messageKey(), first.arguments().toArray());
        }
        PayData clean = new PayData(cents(in.performanceSalary()), cents(in.termIncentive()), cents(in.longTermIncentive()));
        Optional<PersonPay> existing = people.pay(scope, person).stream().filter(p -> p.year() == year).findFirst();
        PersonPay pay;
        AuditAction action;
        Map<String, Object> before = new LinkedHashMap<>();
        if (existing.isPresent()) {
            pay = existing.get();
            Inputs.version(version, pay.version());
            if (pay.same(clean)) {
                return PayYear.of(pay);
            }
            before.put("performanceSalary", pay.performanceSalary());
            before.put("termIncentive", pay.termIncentive());
            before.put("longTermIncentive", pay.longTermIncentive());
            pay.apply(clean, scope.userId(), clock.instant());
            action = AuditAction.UPDATE;
        } else {
            pay = new PersonPay(person, year);
            pay.apply(clean, scope.userId(), clock.instant());
            people.persist(pay);
            action = AuditAction.CREATE;
        }
        people.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("performanceSalary", clean.performanceSalary());
        after.put("termIncentive", clean.termIncentive());
        after.put("longTermIncentive", clean.longTermIncentive());
        audit.record(action, PersonService.AUDIT_PAY, person.employeeNo(), FieldChange.diff(before, after),
                Map.of("year", year, "entered", "screen"));
        return PayYear.of(pay);
    }

    private static BigDecimal cents(BigDecimal amount) {
        // checked before: at most two decimals, so this never rounds
        return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
