package com.soegroup.accountability.api.org;

import com.soegroup.accountability.api.ApiRequest;
import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.api.JsonInput;
import com.soegroup.accountability.org.AssetsYear;
import com.soegroup.accountability.org.EffectiveScope;
import com.soegroup.accountability.org.EnterpriseChangeKind;
import com.soegroup.accountability.org.EnterpriseSummary;
import com.soegroup.accountability.org.PayData;
import com.soegroup.accountability.org.PayYear;
import com.soegroup.accountability.org.PersonInput;
import com.soegroup.accountability.org.PersonStatus;
import com.soegroup.accountability.org.PersonSummary;
import com.soegroup.accountability.org.Restructuring;
import com.soegroup.accountability.org.ScopeOverride;
import com.soegroup.accountability.org.TreeChange;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON shapes of /enterprises, /people, /scopes and /me/scope: the group tree with its yearly assets, people
 * with their pay, users' data scopes, and the answers of the master-data imports.
 */
public final class OrgDtos {

    private OrgDtos() {
    }

    @JsonbNillable
    public record Enterprise(String code, String fullName, String shortName, String parent, String type, String uscc,
                             String ownerInstitution, String status, LocalDate statusDate, String mergedInto, int depth,
                             int version) {
        static Enterprise of(EnterpriseSummary e) {
            return new Enterprise(e.code(), e.fullName(), e.shortName(), e.parentCode(), ApiValues.name(e.type()),
                    e.uscc(), e.ownerInstitution(), ApiValues.name(e.status()), e.statusDate(), e.mergedIntoCode(),
                    e.depth(), e.version());
        }
    }

    @JsonbNillable
    @Schema(name = "AssetsYear")
    public record Assets(int year, @Schema(ref = "Money") String totalAssets, @Schema(ref = "Money") String netAssets,
                         String source, LocalDate enteredOn, String enteredBy, int version) {
        static Assets of(AssetsYear a) {
            return new Assets(a.year(), ApiValues.money(a.totalAssets()), ApiValues.money(a.netAssets()), a.source(),
                    a.enteredOn(), a.enteredBy(), a.version());
        }
    }

    @JsonbNillable
    @Schema(name = "EnterpriseChange")
    public record Change(String kind, LocalDate effectiveDate, String oldParent, String newParent, String mergedInto,
                         String reason, String recordedBy, Instant recordedAt) {
        static Change of(TreeChange c) {
            return new Change(c.kind().name(), c.effectiveDate(), c.oldParentCode(), c.newParentCode(),
                    c.mergedIntoCode(), c.reason(), c.recordedBy(), c.recordedAt());
        }
    }

    public record EnterpriseDetail(Enterprise enterprise, List<Assets> assets, List<Change> history) {
        static EnterpriseDetail of(EnterpriseSummary enterprise, List<AssetsYear> assets, List<TreeChange> history) {
            return new EnterpriseDetail(Enterprise.of(enterprise), assets.stream().map(Assets::of).toList(),
                    history.stream().map(Change::of).toList());
        }
    }

    /** {@code kind}: MOVED (target = new parent), MERGED (target = absorbing enterprise) or CLOSED (no target). */
    @Schema(name = "RestructureRequest")
    public record Restructure(@Schema(required = true) EnterpriseChangeKind kind, @Size(max = 20) String target,
                              LocalDate effectiveDate, @Size(max = 500) String reason,
                              Integer version) implements ApiRequest {
        static Restructure read(JsonInput in) {
            EnterpriseChangeKind kind = in.codeInAnyCase("kind", EnterpriseChangeKind.class);
            if (kind == null) {
                throw in.invalid("kind", "field.required");
            }
            return new Restructure(kind, in.untrimmed("target"), in.date("effectiveDate", false),
                    in.untrimmed("reason"), in.integer("version"));
        }

        Restructuring restructuring() {
            return new Restructuring(kind, target, effectiveDate, reason);
        }
    }

    @JsonbNillable
    public record Person(String employeeNo, String name, String enterprise, String enterpriseName, String department,
                         String post, String postLevel, boolean enterpriseHead, boolean leadershipMember, String status,
                         LocalDate statusDate, int version) {
        static Person of(PersonSummary p) {
            return new Person(p.employeeNo(), p.name(), p.enterpriseCode(), p.enterpriseName(), p.department(),
                    p.post(), p.postLevel(), p.enterpriseHead(), p.leadershipMember(), p.status().name(),
                    p.statusDate(), p.version());
        }
    }

    @JsonbNillable
    @Schema(name = "PayYear")
    public record Pay(int year, @Schema(ref = "Money") String performanceSalary,
                      @Schema(ref = "Money") String termIncentive, @Schema(ref = "Money") String longTermIncentive,
                      String enteredBy, Instant enteredAt, int version) {
        static Pay of(PayYear y) {
            return new Pay(y.year(), ApiValues.money(y.performanceSalary()), ApiValues.money(y.termIncentive()),
                    ApiValues.money(y.longTermIncentive()), y.enteredBy(), y.enteredAt(), y.version());
        }
    }

    /** {@code pay} is null, not empty, for a role that may not see pay. */
    @JsonbNillable
    public record PersonDetail(Person person, String ldapUserId, String idLastFour, List<Pay> pay) {
        /** @param pay null when the caller may not see it */
        static PersonDetail of(PersonSummary person, String ldapUserId, String idLastFour, List<PayYear> pay) {
            return new PersonDetail(Person.of(person), ldapUserId, idLastFour,
                    pay == null ? null : pay.stream().map(Pay::of).toList());
        }
    }

    public record PersonPage(long total, int page, int size, List<Person> items) {
    }

    /**
     * One year's pay entered on screen or by another system (HR): amounts as money strings, at least one; the
     * {@code version} read when correcting a year on record.
     */
    public record PayEntry(@Schema(ref = "Money") BigDecimal performanceSalary, @Schema(ref = "Money") BigDecimal termIncentive,
                           @Schema(ref = "Money") BigDecimal longTermIncentive, Integer version) implements ApiRequest {
        static PayEntry read(JsonInput in) {
            return new PayEntry(in.moneyText("performanceSalary"), in.moneyText("termIncentive"),
                    in.moneyText("longTermIncentive"), in.integer("version"));
        }

        PayData data() {
            return new PayData(performanceSalary, termIncentive, longTermIncentive);
        }
    }

    /** A change of a person: {@code version} as read; {@code idNumber} only to set a new number (never returned). */
    public record PersonUpdate(@Schema(required = true) Integer version, @Size(max = 100) String name,
                               @Size(max = 20) String enterprise, @Size(max = 100) String department,
                               @Size(max = 100) String post, @Size(max = 50) String postLevel, boolean enterpriseHead,
                               boolean leadershipMember, PersonStatus status, LocalDate statusDate,
                               @Size(max = 128) String ldapUserId, @Size(max = 64) String idNumber) implements ApiRequest {
        static PersonUpdate read(JsonInput in) {
            Integer version = in.integer("version");
            if (version == null) {
                throw in.invalid("version", "field.required");
            }
            return new PersonUpdate(version, in.untrimmed("name"), in.untrimmed("enterprise"),
                    in.untrimmed("department"), in.untrimmed("post"), in.untrimmed("postLevel"),
                    in.bool("enterpriseHead"), in.bool("leadershipMember"),
                    in.codeInAnyCase("status", PersonStatus.class), in.date("statusDate", false),
                    in.untrimmed("ldapUserId"), in.untrimmed("idNumber"));
        }

        PersonInput input() {
            return new PersonInput(name, enterprise, department, post, postLevel, enterpriseHead, leadershipMember,
                    status, statusDate, ldapUserId, idNumber);
        }
    }

    @JsonbNillable
    public record UserScope(String user, String homeEnterprise, String homeEnterpriseName, List<String> grants,
                            String note, String updatedBy, Instant updatedAt, int version) {
        static UserScope of(ScopeOverride o) {
            return new UserScope(o.userId(), o.homeEnterprise(), o.homeEnterpriseName(), o.grants(), o.note(),
                    o.updatedBy(), o.updatedAt(), o.version());
        }
    }

    public record UserScopeRequest(@Size(max = 20) String homeEnterprise, List<String> grants,
                                   @Size(max = 500) String note, Integer version) implements ApiRequest {
        static UserScopeRequest read(JsonInput in) {
            return new UserScopeRequest(in.untrimmed("homeEnterprise"), in.texts("grants"), in.untrimmed("note"),
                    in.integer("version"));
        }
    }

    /** The caller's data scope in force now. */
    @JsonbNillable
    public record MyScope(String user, String homeEnterprise, List<String> roots, String employeeNo,
                          boolean overridden) {
        static MyScope of(EffectiveScope s) {
            return new MyScope(s.userId(), s.homeEnterprise(), s.roots(), s.employeeNo(), s.overridden());
        }
    }

    /** The multipart form of POST /enterprises/import (read by {@link Imports}). */
    public record EnterpriseImportForm(@Schema(required = true) byte[] file,
                                       @Schema(enumeration = {"ENTERPRISES", "ASSETS"},
                                       defaultValue = "ENTERPRISES") String kind) {
    }

    /** The multipart form of POST /people/import (read by {@link Imports}). */
    public record PersonImportForm(@Schema(required = true) byte[] file,
                                   @Schema(enumeration = {"PEOPLE", "PAY"}, defaultValue = "PEOPLE") String kind) {
    }

    /** An import that was saved: what, from which file, and how many rows did what. */
    @Schema(name = "ImportSaved")
    public record Saved(String kind, String file, int rows, int created, int updated, int unchanged) {
    }

    @JsonbPropertyOrder({"row", "column", "reason"})
    @Schema(name = "ImportRowError")
    public record RowError(int row, String column, String reason) {
    }

    /** The api.md error body, with every bad row of the file. */
    @JsonbPropertyOrder({"error", "message", "field", "rows"})
    @Schema(name = "ImportRejected")
    public record Rejected(String error, String message, String field, List<RowError> rows) {
    }
}
