package com.soegroup.accountability.api.annual;

import com.soegroup.accountability.annual.AnnualActions;
import com.soegroup.accountability.annual.AnnualDetail;
import com.soegroup.accountability.annual.AnnualFact;
import com.soegroup.accountability.annual.AnnualHistoryEntry;
import com.soegroup.accountability.annual.AnnualRow;
import com.soegroup.accountability.annual.AnnualSection;
import com.soegroup.accountability.annual.AnnualSentData;
import com.soegroup.accountability.annual.AnnualSummary;
import com.soegroup.accountability.annual.AnnualTable;
import com.soegroup.accountability.annual.AnnualVersion;
import com.soegroup.accountability.annual.Filing;
import com.soegroup.accountability.annual.FilingRow;
import com.soegroup.accountability.api.ApiRequest;
import com.soegroup.accountability.api.JsonInput;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static com.soegroup.accountability.api.ApiValues.money;
import static com.soegroup.accountability.api.ApiValues.name;

/** The JSON shapes of the annual work reports and the periodic filing: codes, ISO dates, money as strings. */
public final class AnnualDtos {

    private AnnualDtos() {
    }

    /** A row of the list: the state, and the due day with the working days late while it is a draft. */
    @Schema(name = "AnnualReportSummary")
    public record Summary(String reportNo, int year, String enterprise, String enterpriseName, String state, LocalDate dueOn,
                          boolean overdue, int daysLate) {
        static Summary of(AnnualSummary s) {
            return new Summary(s.reportNo(), s.year(), s.enterpriseCode(), s.enterpriseName(), name(s.state()), s.dueOn(),
                    s.overdue(), s.daysLate());
        }
    }

    /** The narrative sections: 一 overview, 二's ten headings, 四 problems and plans. */
    @Schema(name = "AnnualReportSections")
    public record Sections(@Size(max = 8000) String overview, @Size(max = 8000) String leadership, @Size(max = 8000) String rules,
                           @Size(max = 8000) String team, @Size(max = 8000) String clueChannels,
                           @Size(max = 8000) String dutyRecords, @Size(max = 8000) String rectification,
                           @Size(max = 8000) String recovery, @Size(max = 8000) String circulars,
                           @Size(max = 8000) String selfInspection, @Size(max = 8000) String training,
                           @Size(max = 8000) String problems, @Size(max = 8000) String plans) {
        static Sections of(AnnualDetail d) {
            return new Sections(d.text(AnnualSection.OVERVIEW), d.text(AnnualSection.LEADERSHIP), d.text(AnnualSection.RULES),
                    d.text(AnnualSection.TEAM), d.text(AnnualSection.CLUE_CHANNELS), d.text(AnnualSection.DUTY_RECORDS),
                    d.text(AnnualSection.RECTIFICATION), d.text(AnnualSection.RECOVERY), d.text(AnnualSection.CIRCULARS),
                    d.text(AnnualSection.SELF_INSPECTION), d.text(AnnualSection.TRAINING), d.text(AnnualSection.PROBLEMS),
                    d.text(AnnualSection.PLANS));
        }

        Map<AnnualSection, String> asMap() {
            Map<AnnualSection, String> m = new EnumMap<>(AnnualSection.class);
            m.put(AnnualSection.OVERVIEW, overview);
            m.put(AnnualSection.LEADERSHIP, leadership);
            m.put(AnnualSection.RULES, rules);
            m.put(AnnualSection.TEAM, team);
            m.put(AnnualSection.CLUE_CHANNELS, clueChannels);
            m.put(AnnualSection.DUTY_RECORDS, dutyRecords);
            m.put(AnnualSection.RECTIFICATION, rectification);
            m.put(AnnualSection.RECOVERY, recovery);
            m.put(AnnualSection.CIRCULARS, circulars);
            m.put(AnnualSection.SELF_INSPECTION, selfInspection);
            m.put(AnnualSection.TRAINING, training);
            m.put(AnnualSection.PROBLEMS, problems);
            m.put(AnnualSection.PLANS, plans);
            return m;
        }
    }

    /** A fact of part 二 as its area counts it, beside last year's; amounts in yuan or null. */
    @Schema(name = "AnnualReportFact")
    public record Fact(String topic, String label, long current, long previous, String currentAmount, String previousAmount) {
        static Fact of(AnnualFact f) {
            return new Fact(name(f.topic()), f.label(), f.current(), f.previous(), amount(f.currentAmount()), amount(f.previousAmount()));
        }
    }

    /** A line of a figures table: the figure's code (as GET /statistics names it), its name, this year and last year. */
    @Schema(name = "AnnualReportRow")
    public record Row(String code, String name, long current, long previous, String currentAmount, String previousAmount) {
        static Row of(AnnualRow r, Function<String, String> texts) {
            String named = r.labelKey() == null ? null : texts.apply(r.labelKey());
            return new Row(r.code(), named != null ? named : r.label(), r.current(), r.previous(), amount(r.currentAmount()), amount(r.previousAmount()));
        }
    }

    /** A table of part 三 (the statistics' group id, or annualRectification, annualRecovery, annualIncidents). */
    @Schema(name = "AnnualReportTable")
    public record Table(String id, String title, boolean amounts, List<Row> rows) {
        static Table of(AnnualTable t, Function<String, String> texts) {
            String title = t.titleKey() == null ? null : texts.apply(t.titleKey());
            return new Table(t.id(), title == null ? t.id() : title, t.amounts(), t.rows().stream().map(r -> Row.of(r, texts)).toList());
        }
    }

    @Schema(name = "AnnualReportVersion")
    public record Version(int textNo, String savedBy, Instant savedAt) {
        static Version of(AnnualVersion v) {
            return new Version(v.textNo(), v.savedBy(), v.savedAt());
        }
    }

    @Schema(name = "AnnualReportHistoryEntry")
    public record HistoryEntry(Instant at, String user, String action, String from, String to, String reason, String details) {
        static HistoryEntry of(AnnualHistoryEntry h) {
            return new HistoryEntry(h.at(), h.userId(), name(h.action()), name(h.from()), name(h.to()), h.reason(), h.details());
        }
    }

    @Schema(name = "AnnualReportSending")
    public record Sending(LocalDate sentOn, String channel, String reference, String recipient) {
        static Sending of(AnnualSentData s) {
            return s == null ? null : new Sending(s.sentOn(), s.channel(), s.reference(), s.recipient());
        }
    }

    /** What the caller may do now; {@code reason} a message key saying why the next step is someone else's. */
    @Schema(name = "AnnualReportActions")
    public record Actions(boolean edit, boolean submit, boolean approve, boolean reopen, boolean send, String reason) {
        static Actions of(AnnualActions a) {
            return new Actions(a.edit(), a.submit(), a.approve(), a.reopen(), a.send(), a.reason());
        }
    }

    /** A report: the list's row, the sections ({@code textNo} null while they are the system's draft), facts and tables. */
    @Schema(name = "AnnualReport")
    public record Detail(Summary summary, Sections sections, Integer textNo, List<Version> versions, List<Fact> facts,
                         List<Table> tables, String approvedBy, String approvalOpinion, Sending sent, List<HistoryEntry> history,
                         Actions actions, int version) {
        static Detail of(AnnualDetail d, Function<String, String> texts) {
            return new Detail(Summary.of(d.summary()), Sections.of(d), d.textNo(), d.versions().stream().map(Version::of).toList(),
                    d.facts().stream().map(Fact::of).toList(), d.tables().stream().map(t -> Table.of(t, texts)).toList(), d.approvedBy(),
                    d.approvalOpinion(), Sending.of(d.sent()), d.history().stream().map(HistoryEntry::of).toList(), Actions.of(d.actions()),
                    d.version());
        }
    }

    /** A line of the periodic filing: kind SUBSIDIARY (with its own subsidiaries), OWN or TOTAL; amounts in yuan. */
    @Schema(name = "FilingRow")
    public record FilingLine(String kind, String enterprise, String enterpriseName, long clues, long accepted, long checking,
                             long casesOpened, long casesConcluded, String losses, long people, String recovered, long rectified,
                             long incidentReports) {
        static FilingLine of(FilingRow r) {
            return new FilingLine(r.kind().name(), r.code(), r.name(), r.clues(), r.accepted(), r.checking(), r.opened(), r.concluded(),
                    money(r.losses()), r.people(), money(r.recovered()), r.rectified(), r.incidentReports());
        }
    }

    /** The quarterly (quarter 1–4) or half-year (half 1–2) filing of an enterprise subtree, the total last. */
    @Schema(name = "QuarterlyFiling")
    public record FilingDto(String enterprise, String enterpriseName, int year, Integer quarter, Integer half, LocalDate from,
                            LocalDate to, List<FilingLine> rows) {
        static FilingDto of(Filing f) {
            return new FilingDto(f.enterpriseCode(), f.enterpriseName(), f.year(), f.quarter(), f.half(), f.from(), f.to(),
                    f.rows().stream().map(FilingLine::of).toList());
        }
    }

    private static String amount(BigDecimal a) {
        return a == null ? null : money(a);
    }

    // --- requests -------------------------------------------------------------------------------------------

    /** OFFICE starts the report of a year for an enterprise of its scope (with its subsidiaries). */
    @Schema(name = "AnnualReportCreateRequest")
    public record CreateRequest(@Schema(required = true) Integer year, @Schema(required = true) @Size(max = 40) String enterprise)
            implements ApiRequest {
        static CreateRequest read(JsonInput in) {
            return new CreateRequest(in.integer("year"), in.text("enterprise", true));
        }
    }

    /** A new version of every section (overview, problems and plans required). */
    @Schema(name = "AnnualReportTextRequest")
    public record TextRequest(@Schema(required = true) Sections sections, @Schema(required = true) Integer version) implements ApiRequest {
        static TextRequest read(JsonInput in) {
            JsonInput s = in.object("sections", true);
            return new TextRequest(new Sections(s.untrimmed("overview"), s.untrimmed("leadership"), s.untrimmed("rules"),
                    s.untrimmed("team"), s.untrimmed("clueChannels"), s.untrimmed("dutyRecords"), s.untrimmed("rectification"),
                    s.untrimmed("recovery"), s.untrimmed("circulars"), s.untrimmed("selfInspection"), s.untrimmed("training"),
                    s.untrimmed("problems"), s.untrimmed("plans")), in.integer("version"));
        }
    }

    @Schema(name = "AnnualReportVersionRequest")
    public record VersionRequest(@Schema(required = true) Integer version) implements ApiRequest {
        static VersionRequest read(JsonInput in) {
            return new VersionRequest(in.integer("version"));
        }
    }

    /** LEADER's approval or return, OFFICE's reopening: the opinion (the reason). */
    @Schema(name = "AnnualReportOpinionRequest")
    public record OpinionRequest(@Schema(required = true) @Size(max = 2000) String opinion, @Schema(required = true) Integer version)
            implements ApiRequest {
        static OpinionRequest read(JsonInput in) {
            return new OpinionRequest(in.text("opinion", true), in.integer("version"));
        }
    }

    /** How the approved report was sent. */
    @Schema(name = "AnnualReportSentRequest")
    public record SentRequest(@Schema(required = true) LocalDate sentOn, @Schema(required = true) @Size(max = 200) String channel,
                              @Schema(required = true) @Size(max = 200) String reference,
                              @Schema(required = true) @Size(max = 200) String recipient,
                              @Schema(required = true) Integer version) implements ApiRequest {
        static SentRequest read(JsonInput in) {
            return new SentRequest(in.date("sentOn", true), in.text("channel", true), in.text("reference", true),
                    in.text("recipient", true), in.integer("version"));
        }

        AnnualSentData data() {
            return new AnnualSentData(sentOn, channel, reference, recipient);
        }
    }
}
