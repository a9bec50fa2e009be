package com.soegroup.accountability.api.organ;

import com.soegroup.accountability.api.ApiRequest;
import com.soegroup.accountability.api.JsonInput;
import com.soegroup.accountability.org.OrganData;
import com.soegroup.accountability.org.OrganDetail;
import com.soegroup.accountability.org.OrganKind;
import com.soegroup.accountability.org.OrganMemberData;
import com.soegroup.accountability.org.OrganPosition;
import com.soegroup.accountability.org.OrganReport;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The records of {@code /organisation-report}. */
public final class OrganDtos {

    private OrganDtos() {
    }

    /** A member: the post in the organ, the person's employee number where linked, name, department, post, contacts. */
    @JsonbNillable
    @Schema(name = "OrganMember")
    public record Member(@Schema(required = true) OrganPosition position, @Size(max = 64) String employeeNo,
                         @Size(max = 100) String name, @Size(max = 200) String department, @Size(max = 200) String post,
                         @Size(max = 50) String phone, @Size(max = 200) String email) {
        static Member read(JsonInput in) {
            return new Member(in.code("position", OrganPosition.class, true), in.untrimmed("employeeNo"),
                    in.untrimmed("name"), in.untrimmed("department"), in.untrimmed("post"), in.untrimmed("phone"),
                    in.untrimmed("email"));
        }

        static Member of(OrganMemberData m) {
            return new Member(m.position(), m.employeeNo(), m.name(), m.department(), m.post(), m.phone(), m.email());
        }

        OrganMemberData data() {
            return new OrganMemberData(position, employeeNo, name, department, post, phone, email);
        }
    }

    /** An organ; {@code exists} false (version -1) for one not entered yet. */
    @JsonbNillable
    @Schema(name = "Organ")
    public record Organ(OrganKind kind, boolean exists, String name, LocalDate establishedOn, String basis,
                        String hostDepartment, String duties, Integer staffCount, List<Member> members,
                        Instant updatedAt, int version) {
        static Organ of(OrganDetail o) {
            return new Organ(o.kind(), o.exists(), o.name(), o.establishedOn(), o.basis(), o.hostDepartment(),
                    o.duties(), o.staffCount(), o.members().stream().map(Member::of).toList(), o.updatedAt(), o.version());
        }
    }

    /** The organisation report of an enterprise (篇二 附件): the leading group, then the office. */
    @Schema(name = "OrganisationReport")
    public record Report(String enterprise, String enterpriseName, List<Organ> organs) {
        static Report of(OrganReport r) {
            return new Report(r.enterpriseCode(), r.enterpriseName(), r.organs().stream().map(Organ::of).toList());
        }
    }

    /** An organ with all its members, replacing what was kept; {@code version} -1 for one not entered yet. */
    @Schema(name = "OrganRequest")
    public record OrganRequest(@Schema(required = true) @Size(max = 200) String name, LocalDate establishedOn,
                               @Size(max = 200) String basis, @Size(max = 200) String hostDepartment,
                               @Size(max = 2000) String duties, Integer staffCount, List<Member> members,
                               @Schema(required = true) Integer version) implements ApiRequest {
        static OrganRequest read(JsonInput in) {
            return new OrganRequest(in.untrimmed("name"), in.date("establishedOn", false), in.untrimmed("basis"),
                    in.untrimmed("hostDepartment"), in.untrimmed("duties"), in.integer("staffCount"),
                    in.objects("members", false, Member::read), in.integer("version"));
        }

        OrganData data() {
            return new OrganData(name, establishedOn, basis, hostDepartment, duties, staffCount,
                    members.stream().map(Member::data).toList());
        }
    }
}
