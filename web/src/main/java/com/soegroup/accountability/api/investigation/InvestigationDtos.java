package com.soegroup.accountability.api.investigation;

import com.soegroup.accountability.api.ApiRequest;
import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.api.JsonInput;
import com.soegroup.accountability.investigation.CaseAction;
import com.soegroup.accountability.investigation.CaseMember;
import com.soegroup.accountability.investigation.CaseSubject;
import com.soegroup.accountability.investigation.InvestigationData;
import com.soegroup.accountability.investigation.InvestigationDetail;
import com.soegroup.accountability.investigation.InvestigationHistoryEntry;
import com.soegroup.accountability.investigation.InvestigationService;
import com.soegroup.accountability.investigation.InvestigationStatus;
import com.soegroup.accountability.investigation.InvestigationSummary;
import com.soegroup.accountability.investigation.MemberData;
import com.soegroup.accountability.investigation.TeamRole;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;

/** The JSON shapes of /investigations: cases, their teams and history, and the requests of their lifecycle. */
public final class InvestigationDtos {

    private InvestigationDtos() {
    }

    @Schema(name = "InvestigationSummary")
    public record Summary(String caseNo, String title, String status, String owner, String ownerName,
                          String lossEnterprise, LocalDate openedOn, String subjects, boolean recusalPending,
                          int version) {
        static Summary of(InvestigationSummary s) {
            return new Summary(s.caseNo(), s.title(), ApiValues.name(s.status()), s.owner(), s.ownerName(),
                    s.lossEnterprise(), s.openedOn(), s.subjects(), s.recusalPending(), s.version());
        }
    }

    @Schema(name = "InvestigationPage")
    public record Page(long total, int page, int size, List<Summary> items) {
        static Page of(InvestigationService.Page found, int page, int size) {
            return new Page(found.total(), page, size, found.items().stream().map(Summary::of).toList());
        }
    }

    /** A person the case is about. */
    @Schema(name = "CaseSubject")
    public record Subject(String employeeNo, String name, String enterprise, String post, boolean enterpriseHead) {
        static Subject of(CaseSubject s) {
            return new Subject(s.employeeNo(), s.name(), s.enterprise(), s.post(), s.enterpriseHead());
        }
    }

    /** A member of the team, with their recusal declaration. */
    @Schema(name = "CaseMember")
    public record Member(String userId, String name, String department, String role, String recusal,
                         Instant declaredAt) {
        static Member of(CaseMember m) {
            return new Member(m.userId(), m.name(), m.department(), ApiValues.name(m.role()),
                    ApiValues.name(m.recusal()), m.declaredAt());
        }
    }

    /**
     * One investigation. For a member who has not yet signed the recusal declaration only the number, the
     * title-less summary and {@code recusalPending} are filled. {@code incidentReportNo}: the one-event-one-report of
     * the case's event, when it has one the caller may open.
     */
    @Schema(name = "Investigation")
    public record Detail(Summary summary, String plan, List<String> clues, List<Subject> subjects, List<Member> team,
                         List<String> next, boolean recusalPending, List<Action> actions, String nextStep,
                         String incidentReportNo) {
        static Detail of(InvestigationDetail d, BiFunction<String, List<String>, String> sentence, String incidentReportNo) {
            return new Detail(Summary.of(d.summary()), d.plan(), d.clues(),
                    d.subjects() == null ? null : d.subjects().stream().map(Subject::of).toList(),
                    d.team() == null ? null : d.team().stream().map(Member::of).toList(),
                    d.next() == null ? null : d.next().stream().map(Enum::name).toList(), d.recusalPending(),
                    d.actions() == null ? List.of() : d.actions().stream().map(a -> Action.of(a, sentence)).toList(),
                    d.nextStep() == null ? null : sentence.apply(d.nextStep().key(), d.nextStep().args()), incidentReportNo);
        }
    }

    /**
     * A step of the caller's roles from the case's status: {@code allowed} false with {@code reason}, the sentence
     * the service would refuse it with; {@code approval} steps take an opinion, {@code reasonRequired} a reason.
     */
    @Schema(name = "InvestigationAction")
    public record Action(String to, boolean allowed, boolean approval, boolean reasonRequired, String reason) {
        static Action of(CaseAction a, BiFunction<String, List<String>, String> sentence) {
            return new Action(a.to().name(), a.allowed(), a.approval(), a.reasonRequired(),
                    a.allowed() ? null : sentence.apply(a.reasonKey(), a.reasonArgs()));
        }
    }

    @Schema(name = "InvestigationHistoryEntry")
    public record HistoryEntry(Instant at, String user, String action, String from, String to, String reason,
                               String details) {
        static HistoryEntry of(InvestigationHistoryEntry h) {
            return new HistoryEntry(h.at(), h.user(), ApiValues.name(h.action()), ApiValues.name(h.from()),
                    ApiValues.name(h.to()), h.reason(), h.details());
        }
    }

    @Schema(name = "RecusalResult")
    public record Recusal(String caseNo, String recusal) {
        static Recusal of(InvestigationService.RecusalResult r) {
            return new Recusal(r.caseNo(), ApiValues.name(r.recusal()));
        }
    }

    /** Opens a case from accepted clues (ledger numbers) with its subjects (employee numbers) and plan. */
    @Schema(name = "InvestigationOpening")
    public record Opening(List<String> clues, List<String> subjects,
                          @Schema(required = true) @Size(max = 200) String title,
                          @Schema(required = true) @Size(max = 4000) String plan,
                          @Size(max = 20) String lossEnterprise) implements ApiRequest {
        static Opening read(JsonInput in) {
            return new Opening(in.texts("clues"), in.texts("subjects"), in.text("title", true), in.text("plan", true),
                    in.text("lossEnterprise", false));
        }

        InvestigationData data() {
            return new InvestigationData(clues, subjects, title, plan, lossEnterprise);
        }
    }

    /** A lifecycle step with the version read; {@code reason} where the step asks for one. */
    @Schema(name = "InvestigationTransitionRequest")
    public record TransitionRequest(@Schema(required = true) InvestigationStatus to, Integer version,
                                    @Size(max = 2000) String reason) implements ApiRequest {
        static TransitionRequest read(JsonInput in) {
            return new TransitionRequest(in.code("to", InvestigationStatus.class, true), in.integer("version"),
                    in.text("reason", false));
        }
    }

    /** A team leader or member with their department. */
    @Schema(name = "TeamAssignment")
    public record Assignment(@Schema(required = true) @Size(max = 128) String userId,
                             @Schema(required = true) @Size(max = 200) String department,
                             @Schema(required = true) TeamRole role) implements ApiRequest {
        static Assignment read(JsonInput in) {
            return new Assignment(in.text("userId", true), in.text("department", true),
                    in.code("role", TeamRole.class, true));
        }

        MemberData data() {
            return new MemberData(userId, department, role);
        }
    }

    /** The caller's recusal declaration: a declared conflict removes them from the team. */
    @Schema(name = "RecusalDeclaration")
    public record Declaration(boolean conflict, @Size(max = 2000) String statement) implements ApiRequest {
        static Declaration read(JsonInput in) {
            return new Declaration(in.bool("conflict"), in.text("statement", false));
        }
    }
}
