package com.soegroup.accountability.api.circular;

import com.soegroup.accountability.api.ApiRequest;
import com.soegroup.accountability.api.JsonInput;
import com.soegroup.accountability.circular.CircularActions;
import com.soegroup.accountability.circular.CircularDetail;
import com.soegroup.accountability.circular.CircularHistoryEntry;
import com.soegroup.accountability.circular.CircularKind;
import com.soegroup.accountability.circular.CircularMask;
import com.soegroup.accountability.circular.CircularParts;
import com.soegroup.accountability.circular.CircularReceipt;
import com.soegroup.accountability.circular.CircularSummary;
import com.soegroup.accountability.circular.CircularVersion;
import com.soegroup.accountability.circular.DecidedCase;
import com.soegroup.accountability.shared.Role;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static com.soegroup.accountability.api.ApiValues.name;

/** The JSON shapes of the circulars (警示通报, 处理结果公开): codes as api.md's, dates ISO, people by sign-in name. */
public final class CircularDtos {

    private CircularDtos() {
    }

    /** A row of the list; {@code recipient} and {@code read} say whether it was published to the caller and opened by them. */
    @Schema(name = "CircularSummary")
    public record Summary(String circularNo, String kind, String state, String title, String enterprise, String enterpriseName,
                          String caseNo, LocalDate publishedOn, boolean recipient, boolean read) {
        static Summary of(CircularSummary s) {
            return new Summary(s.circularNo(), name(s.kind()), name(s.state()), s.title(), s.enterpriseCode(), s.enterpriseName(),
                    s.caseNo(), s.publishedOn(), s.recipient(), s.read());
        }
    }

    /** The text: title and the four parts. */
    @Schema(name = "CircularText")
    public record Text(String title, String facts, String violation, String handling, String lesson) {
        static Text of(CircularParts p) {
            return new Text(p.title(), p.facts(), p.violation(), p.handling(), p.lesson());
        }
    }

    /** A term the circular must not contain and its replacement; {@code kind} PERSON, EMPLOYEE_NO, ENTERPRISE or ADDED. */
    @Schema(name = "CircularMask")
    public record Mask(String original, String replacement, String kind) {
        static Mask of(CircularMask m) {
            return new Mask(m.original(), m.replacement(), name(m.kind()));
        }
    }

    @Schema(name = "CircularVersion")
    public record Version(int textNo, String savedBy, Instant savedAt, Text text) {
        static Version of(CircularVersion v) {
            return new Version(v.textNo(), v.savedBy(), v.savedAt(), Text.of(v.parts()));
        }
    }

    @Schema(name = "CircularHistoryEntry")
    public record HistoryEntry(Instant at, String user, String action, String from, String to, String reason, String details) {
        static HistoryEntry of(CircularHistoryEntry h) {
            return new HistoryEntry(h.at(), h.userId(), name(h.action()), name(h.from()), name(h.to()), h.reason(), h.details());
        }
    }

    /** What the caller may do now; {@code reason} a message key saying whose step is next. */
    @Schema(name = "CircularActions")
    public record Actions(boolean edit, boolean submit, boolean approve, boolean publish, boolean receipts, String reason) {
        static Actions of(CircularActions a) {
            return new Actions(a.edit(), a.submit(), a.approve(), a.publish(), a.receipts(), a.reason());
        }
    }

    /**
     * A circular. Masks, versions, history and the approval's opinion only for the case roles (a recipient reads the
     * text); {@code textNo} 0 while the text is the system's first draft.
     */
    @Schema(name = "Circular")
    public record Detail(Summary summary, Text text, int textNo, List<Mask> masks, String addedTerms, boolean nameEnterprise,
                         String createdBy, String approvedBy, String approvalOpinion, LocalDate publishedOn, String publishedBy,
                         String publishEnterprise, String publishEnterpriseName, List<String> publishRoles, List<Version> versions,
                         List<HistoryEntry> history, Actions actions, int version) {
        static Detail of(CircularDetail d) {
            return new Detail(Summary.of(d.summary()), Text.of(d.text()), d.textNo(), d.masks().stream().map(Mask::of).toList(),
                    d.addedTerms(), d.nameEnterprise(), d.createdBy(), d.approvedBy(), d.approvalOpinion(), d.publishedOn(), d.publishedBy(),
                    d.publishEnterpriseCode(), d.publishEnterpriseName(), d.publishRoles(), d.versions().stream().map(Version::of).toList(),
                    d.history().stream().map(HistoryEntry::of).toList(), Actions.of(d.actions()), d.version());
        }
    }

    /** The read receipts of one enterprise of the publication scope. */
    @Schema(name = "CircularReceipt")
    public record Receipt(String enterprise, String enterpriseName, long recipients, long read, long notRead) {
        static Receipt of(CircularReceipt r) {
            return new Receipt(r.enterpriseCode(), r.enterpriseName(), r.recipients(), r.read(), r.notRead());
        }
    }

    /** The answer to a recipient's "I have opened it": whether the caller is a recipient, hence has a receipt now. */
    @Schema(name = "CircularReadMark")
    public record ReadMark(boolean recipient) {
    }

    /** A decided case a circular may be drafted from. */
    @Schema(name = "CircularCase")
    public record DecidedCaseRow(String caseNo, String title, String enterpriseName) {
        static DecidedCaseRow of(DecidedCase c) {
            return new DecidedCaseRow(c.caseNo(), c.title(), c.enterpriseName());
        }
    }

    // --- requests -------------------------------------------------------------------------------------------

    /** OFFICE drafts a circular from a decided case: {@code kind} WARNING (警示通报) or RESULT (处理结果公开). */
    @Schema(name = "CircularDraftRequest")
    public record DraftRequest(@Schema(required = true) @Size(max = 40) String caseNo, @Schema(required = true) CircularKind kind)
            implements ApiRequest {
        static DraftRequest read(JsonInput in) {
            return new DraftRequest(in.text("caseNo", true), in.code("kind", CircularKind.class, true));
        }
    }

    /** A new version of the text. */
    @Schema(name = "CircularTextRequest")
    public record TextRequest(@Schema(required = true) @Size(max = 200) String title,
                              @Schema(required = true) @Size(max = 8000) String facts,
                              @Schema(required = true) @Size(max = 4000) String violation,
                              @Schema(required = true) @Size(max = 4000) String handling,
                              @Schema(required = true) @Size(max = 4000) String lesson,
                              @Schema(required = true) Integer version) implements ApiRequest {
        static TextRequest read(JsonInput in) {
            return new TextRequest(in.untrimmed("title"), in.untrimmed("facts"), in.untrimmed("violation"), in.untrimmed("handling"),
                    in.untrimmed("lesson"), in.integer("version"));
        }

        CircularParts parts() {
            return new CircularParts(title, facts, violation, handling, lesson);
        }
    }

    /** The office's own terms to mask (one a line, {@code 原文=替换}) and whether the enterprise may be named. */
    @Schema(name = "CircularMasksRequest")
    public record MasksRequest(@Size(max = 4000) String terms, boolean nameEnterprise, @Schema(required = true) Integer version)
            implements ApiRequest {
        static MasksRequest read(JsonInput in) {
            return new MasksRequest(in.untrimmed("terms"), in.bool("nameEnterprise"), in.integer("version"));
        }
    }

    @Schema(name = "CircularVersionRequest")
    public record VersionRequest(@Schema(required = true) Integer version) implements ApiRequest {
        static VersionRequest read(JsonInput in) {
            return new VersionRequest(in.integer("version"));
        }
    }

    /** LEADER's approval or return, with the opinion. */
    @Schema(name = "CircularOpinionRequest")
    public record OpinionRequest(@Schema(required = true) @Size(max = 2000) String opinion, @Schema(required = true) Integer version)
            implements ApiRequest {
        static OpinionRequest read(JsonInput in) {
            return new OpinionRequest(in.text("opinion", true), in.integer("version"));
        }
    }

    /** OFFICE publishes to an enterprise (by code, with its subtree) for the roles, on a day not after today. */
    @Schema(name = "CircularPublishRequest")
    public record PublishRequest(@Schema(required = true) @Size(max = 40) String enterprise, @Schema(required = true) Set<Role> roles,
                                 @Schema(required = true) LocalDate publishedOn, @Schema(required = true) Integer version)
            implements ApiRequest {
        static PublishRequest read(JsonInput in) {
            return new PublishRequest(in.text("enterprise", true), in.codes("roles", Role.class), in.date("publishedOn", true),
                    in.integer("version"));
        }
    }
}
