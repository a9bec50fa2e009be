package com.soegroup.accountability.api.inspection;

import com.soegroup.accountability.api.ApiRequest;
import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.api.JsonInput;
import com.soegroup.accountability.inspection.AnswerData;
import com.soegroup.accountability.inspection.AnswerDetail;
import com.soegroup.accountability.inspection.AnswerResult;
import com.soegroup.accountability.inspection.CampaignData;
import com.soegroup.accountability.inspection.CampaignDetail;
import com.soegroup.accountability.inspection.CampaignFileInfo;
import com.soegroup.accountability.inspection.CampaignHistoryEntry;
import com.soegroup.accountability.inspection.CampaignItemView;
import com.soegroup.accountability.inspection.CampaignPage;
import com.soegroup.accountability.inspection.CampaignSummary;
import com.soegroup.accountability.inspection.SheetDetail;
import com.soegroup.accountability.inspection.SheetProgress;
import com.soegroup.accountability.inspection.SheetStatus;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON shapes of /campaigns: a campaign with its checklist and progress per enterprise, an enterprise's answer
 * sheet, and the requests of their lifecycle. Codes are the enums' names; amounts are decimal strings of yuan.
 */
public final class CampaignDtos {

    private CampaignDtos() {
    }

    // --- answers ----------------------------------------------------------------------------------------------

    @Schema(name = "CampaignSummary")
    public record Summary(String campaignNo, String title, String topic, String enterprise, String enterpriseName,
                          LocalDate dueDate, String status, long sheets, long submitted, long accepted, long overdue,
                          long problems, long clues) {
        static Summary of(CampaignSummary s) {
            return new Summary(s.campaignNo(), s.title(), s.topic(), s.rootCode(), s.rootName(), s.dueDate(),
                    ApiValues.name(s.status()), s.sheets(), s.submitted(), s.accepted(), s.overdue(), s.problems(), s.clues());
        }
    }

    @Schema(name = "CampaignPage")
    public record Page(long total, int page, int size, List<Summary> items) {
        static Page of(CampaignPage p, int page, int size) {
            return new Page(p.total(), page, size, p.items().stream().map(Summary::of).toList());
        }
    }

    @Schema(name = "CampaignItem")
    public record Item(long id, int position, String circumstance, String text) {
        static Item of(CampaignItemView i) {
            return new Item(i.id(), i.position(), i.circumstance(), i.text());
        }
    }

    /** One enterprise's line of the progress: status, overdue with working days late, answers, problems, clues. */
    @Schema(name = "CampaignProgress")
    public record Progress(String enterprise, String enterpriseName, String status, Instant submittedAt, boolean overdue,
                           int workingDaysLate, long answered, long problems, long clues) {
        static Progress of(SheetProgress p) {
            return new Progress(p.enterpriseCode(), p.enterpriseName(), ApiValues.name(p.status()), p.submittedAt(),
                    p.overdue(), p.daysLate(), p.answered(), p.problems(), p.clues());
        }
    }

    @Schema(name = "CampaignHistoryLine")
    public record HistoryLine(Instant at, String user, String action, String from, String to, String enterpriseName,
                              String reason, String details) {
        static HistoryLine of(CampaignHistoryEntry h) {
            return new HistoryLine(h.at(), h.userId(), ApiValues.name(h.action()), ApiValues.name(h.from()),
                    ApiValues.name(h.to()), h.enterprise(), h.reason(), h.details());
        }
    }

    @Schema(name = "CampaignDetail")
    public record Detail(Summary summary, String createdBy, Instant createdAt, Instant closedAt, int workingDaysLeft,
                         List<Item> items, List<Progress> progress, List<HistoryLine> history, List<String> actions,
                         int version) {
        static Detail of(CampaignDetail d) {
            return new Detail(Summary.of(d.summary()), d.createdBy(), d.createdAt(), d.closedAt(), d.workingDaysLeft(),
                    d.items().stream().map(Item::of).toList(), d.progress().stream().map(Progress::of).toList(),
                    d.history().stream().map(HistoryLine::of).toList(), d.mayClose() ? List.of("CLOSE") : List.of(),
                    d.version());
        }
    }

    @Schema(name = "CampaignFile")
    public record File(long id, String name, String contentType, int size, String sha256) {
        static File of(CampaignFileInfo f) {
            return new File(f.id(), f.name(), f.contentType(), f.size(), f.sha256());
        }
    }

    /** An item with the enterprise's answer: result null while not answered; clueLedgerNo once it became a clue. */
    @Schema(name = "CampaignAnswer")
    public record Answer(long itemId, int position, String circumstance, String item, String result, String description,
                         @Schema(ref = "Money") String amount, String clueLedgerNo, List<File> files) {
        static Answer of(AnswerDetail a) {
            return new Answer(a.itemId(), a.position(), a.circumstance(), a.itemText(), ApiValues.name(a.result()),
                    a.description(), ApiValues.money(a.amount()), a.clueLedgerNo(), a.files().stream().map(File::of).toList());
        }
    }

    /** An enterprise's answer sheet with the actions the caller may take: ANSWER, SUBMIT, REVIEW, MAKE_CLUE. */
    @Schema(name = "CampaignSheet")
    public record Sheet(Summary campaign, String enterprise, String enterpriseName, String status, boolean overdue,
                        int workingDaysLate, List<Answer> answers, String submittedBy, Instant submittedAt,
                        String reviewedBy, Instant reviewedAt, String reviewOpinion, List<String> actions, int version) {
        static Sheet of(SheetDetail d) {
            List<String> actions = new ArrayList<>();
            if (d.mayAnswer()) {
                actions.add("ANSWER");
            }
            if (d.maySubmit()) {
                actions.add("SUBMIT");
            }
            if (d.mayReview()) {
                actions.add("REVIEW");
            }
            if (d.answers().stream().anyMatch(AnswerDetail::mayMakeClue)) {
                actions.add("MAKE_CLUE");
            }
            return new Sheet(Summary.of(d.campaign()), d.enterpriseCode(), d.enterpriseName(), ApiValues.name(d.status()),
                    d.overdue(), d.daysLate(), d.answers().stream().map(Answer::of).toList(), d.submittedBy(),
                    d.submittedAt(), d.reviewedBy(), d.reviewedAt(), d.reviewOpinion(), List.copyOf(actions), d.version());
        }
    }

    @Schema(name = "CampaignChecklistItem")
    public record ChecklistItem(String circumstance, String text) {
        static ChecklistItem of(CampaignData.Item i) {
            return new ChecklistItem(i.circumstance(), i.text());
        }
    }

    // --- requests ---------------------------------------------------------------------------------------------

    @Schema(name = "CampaignItemRequest")
    public record ItemRequest(@Size(max = 16) String circumstance, @Size(max = 1000) String text) {
        static ItemRequest read(JsonInput in) {
            return new ItemRequest(in.text("circumstance", false), in.text("text", false));
        }
    }

    /** A new campaign over the subtree of {@code enterprise}; each item a circumstance code, a text, or both. */
    @Schema(name = "CampaignRequest")
    public record CreateRequest(@Schema(required = true) @Size(max = 200) String title,
                                @Schema(required = true) @Size(max = 200) String topic,
                                @Schema(required = true) @Size(max = 20) String enterprise,
                                @Schema(required = true) LocalDate dueDate,
                                @Schema(required = true) List<ItemRequest> items) implements ApiRequest {
        static CreateRequest read(JsonInput in) {
            return new CreateRequest(in.text("title", true), in.text("topic", true), in.text("enterprise", true),
                    in.date("dueDate", true), in.objects("items", true, ItemRequest::read));
        }

        CampaignData data() {
            return new CampaignData(title, topic, enterprise, dueDate,
                    items.stream().map(i -> new CampaignData.Item(i.circumstance(), i.text())).toList());
        }
    }

    @Schema(name = "CampaignAnswerRequest")
    public record AnswerRequest(@Schema(required = true) Long itemId, @Schema(required = true) AnswerResult result,
                                @Size(max = 4000) String description, @Schema(ref = "Money") BigDecimal amount) {
        static AnswerRequest read(JsonInput in) {
            Integer id = in.integer("itemId");
            return new AnswerRequest(id == null ? null : id.longValue(), in.code("result", AnswerResult.class, true),
                    in.text("description", false), in.money("amount", false));
        }

        AnswerData data() {
            return new AnswerData(itemId, result, description, amount);
        }
    }

    /** Answers to save (each replaces that item's answer) and the sheet's version read. */
    @Schema(name = "CampaignAnswersRequest")
    public record AnswersRequest(@Schema(required = true) List<AnswerRequest> answers, Integer version) implements ApiRequest {
        static AnswersRequest read(JsonInput in) {
            return new AnswersRequest(in.objects("answers", true, AnswerRequest::read), in.integer("version"));
        }
    }

    @Schema(name = "CampaignVersionRequest")
    public record VersionRequest(Integer version) implements ApiRequest {
        static VersionRequest read(JsonInput in) {
            return new VersionRequest(in.integer("version"));
        }
    }

    /** OFFICE's review of a submitted sheet: ACCEPTED or RETURNED, with an opinion (the reason when returned). */
    @Schema(name = "CampaignReviewRequest")
    public record ReviewRequest(@Schema(required = true) SheetStatus result,
                                @Schema(required = true) @Size(max = 2000) String opinion,
                                Integer version) implements ApiRequest {
        static ReviewRequest read(JsonInput in) {
            return new ReviewRequest(in.code("result", SheetStatus.class, true), in.text("opinion", true),
                    in.integer("version"));
        }
    }

    @Schema(name = "CampaignCloseRequest")
    public record CloseRequest(@Schema(required = true) @Size(max = 2000) String opinion, Integer version) implements ApiRequest {
        static CloseRequest read(JsonInput in) {
            return new CloseRequest(in.text("opinion", true), in.integer("version"));
        }
    }

    /** A problem found becomes a clue: the item, the clue's summary and possible loss (prefilled on the page). */
    @Schema(name = "CampaignClueRequest")
    public record ClueRequest(@Schema(required = true) Long itemId,
                              @Schema(required = true) @Size(max = 4000) String summary,
                              @Schema(ref = "Money") BigDecimal amount,
                              Integer version) implements ApiRequest {
        static ClueRequest read(JsonInput in) {
            Integer id = in.integer("itemId");
            return new ClueRequest(id == null ? null : id.longValue(), in.text("summary", true),
                    in.money("amount", false), in.integer("version"));
        }
    }

    /** The multipart form of evidence: the item's id, the version read, and up to five files named {@code file}. */
    @Schema(name = "CampaignFileForm")
    public record FileForm(@Schema(required = true) Long itemId, Integer version, List<byte[]> file) {
    }
}
