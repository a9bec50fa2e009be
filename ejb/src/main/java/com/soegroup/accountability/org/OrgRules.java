package com.soegroup.accountability.org;

import com.soegroup.accountability.shared.Inputs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What makes master data acceptable, the same for a form, the API and every import row. Pure: the checks
 * that need the database (does the enterprise exist, is the code taken) are the services' business.
 */
public final class OrgRules {

    public static final Pattern ENTERPRISE_CODE = Pattern.compile("[A-Z0-9]{2,20}");
    public static final Pattern EMPLOYEE_NO = Pattern.compile("[A-Za-z0-9._-]{1,32}");
    public static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9._@-]{1,128}");
    public static final int MIN_YEAR = 1949;
    public static final int MAX_YEAR = 2200;
    /** NUMERIC(18,2): sixteen digits before the point. */
    private static final BigDecimal MONEY_LIMIT = new BigDecimal("10000000000000000");

    private OrgRules() {
    }

    public static List<Problem> checkEnterprise(EnterpriseInput in) {
        List<Problem> problems = new ArrayList<>();
        if (in.code() == null) {
            problems.add(Problem.of("code", "field.required"));
        } else if (!ENTERPRISE_CODE.matcher(in.code()).matches()) {
            problems.add(Problem.of("code", "enterprise.code.invalid"));
        }
        text(problems, "fullName", in.fullName(), true, 200);
        text(problems, "shortName", in.shortName(), false, 100);
        if (in.type() == null) {
            problems.add(Problem.of("type", "field.required"));
        }
        if (in.uscc() != null && !Uscc.isValid(in.uscc())) {
            problems.add(Problem.of("uscc", "enterprise.uscc.invalid"));
        }
        text(problems, "ownerInstitution", in.ownerInstitution(), false, 200);
        if (in.parentCode() != null && in.parentCode().equals(in.code())) {
            problems.add(Problem.of("parent", "enterprise.parent.self"));
        }
        return problems;
    }

    public static List<Problem> checkAssets(Integer year, AssetsData data, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        year(problems, "year", year, today);
        if (data.totalAssets() == null) {
            problems.add(Problem.of("totalAssets", "field.required"));
        } else {
            money(problems, "totalAssets", data.totalAssets(), false);
        }
        money(problems, "netAssets", data.netAssets(), true);
        text(problems, "source", data.source(), false, 200);
        if (data.enteredOn() != null && data.enteredOn().isAfter(today)) {
            problems.add(Problem.of("enteredOn", "date.future"));
        }
        return problems;
    }

    public static List<Problem> checkPerson(PersonInput in) {
        List<Problem> problems = new ArrayList<>();
        text(problems, "name", in.name(), true, 100);
        if (in.enterpriseCode() == null) {
            problems.add(Problem.of("enterprise", "field.required"));
        }
        text(problems, "department", in.department(), false, 100);
        text(problems, "post", in.post(), false, 100);
        text(problems, "postLevel", in.postLevel(), false, 50);
        if (in.status() == null) {
            problems.add(Problem.of("status", "field.required"));
        } else if (in.status() != PersonStatus.ACTIVE && in.statusDate() == null) {
            problems.add(Problem.of("statusDate", "person.statusDate.required"));
        }
        if (in.statusDate() != null && (in.statusDate().isBefore(Inputs.EARLIEST_DATE)
                || in.statusDate().isAfter(Inputs.LATEST_DATE))) {
            problems.add(Problem.of("statusDate", "date.range", Inputs.EARLIEST_DATE.toString(),
                    Inputs.LATEST_DATE.toString()));
        }
        if (in.ldapUserId() != null && !USER_ID.matcher(in.ldapUserId()).matches()) {
            problems.add(Problem.of("ldapUserId", "person.ldapUserId.invalid"));
        }
        if (in.idNumber() != null && !IdNumbers.isValid(IdNumbers.normalise(in.idNumber()))) {
            problems.add(Problem.of("idNumber", "person.idNumber.invalid"));
        }
        return problems;
    }

    public static List<Problem> checkPay(Integer year, PayData data, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        year(problems, "year", year, today);
        money(problems, "performanceSalary", data.performanceSalary(), false);
        money(problems, "termIncentive", data.termIncentive(), false);
        money(problems, "longTermIncentive", data.longTermIncentive(), false);
        if (data.performanceSalary() == null && data.termIncentive() == null && data.longTermIncentive() == null) {
            problems.add(Problem.of("performanceSalary", "pay.empty"));
        }
        return problems;
    }

    public static boolean validEmployeeNo(String employeeNo) {
        return employeeNo != null && EMPLOYEE_NO.matcher(employeeNo).matches();
    }

    private static void text(List<Problem> problems, String field, String value, boolean required, int max) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(Problem.of(field, "field.required"));
            }
        } else if (value.length() > max && Inputs.length(value) > max) {
            problems.add(Problem.of(field, "field.tooLong", max));
        } else if (value.indexOf('\0') >= 0) {
            problems.add(Problem.of(field, "input.nul"));
        }
    }

    private static void year(List<Problem> problems, String field, Integer year, LocalDate today) {
        if (year == null) {
            problems.add(Problem.of(field, "field.required"));
        } else if (year < MIN_YEAR || year > today.getYear()) {
            problems.add(Problem.of(field, "year.range", MIN_YEAR, today.getYear()));
        }
    }

    private static void money(List<Problem> problems, String field, BigDecimal amount, boolean mayBeNegative) {
        if (amount == null) {
            return;
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            problems.add(Problem.of(field, "money.scale"));
        } else if (amount.abs().compareTo(MONEY_LIMIT) >= 0) {
            problems.add(Problem.of(field, "money.tooLarge"));
        } else if (!mayBeNegative && amount.signum() < 0) {
            problems.add(Problem.of(field, "money.negative"));
        }
    }
}
