package com.soegroup.accountability.annual;

import com.soegroup.accountability.org.OrganDetail;
import com.soegroup.accountability.org.OrganKind;
import com.soegroup.accountability.org.OrganMemberData;
import com.soegroup.accountability.org.OrganPosition;
import com.soegroup.accountability.org.OrganReport;
import com.soegroup.accountability.shared.AnnualWorkTopic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static com.soegroup.accountability.annual.AnnualTexts.n;
import static com.soegroup.accountability.annual.AnnualTexts.text;
import static com.soegroup.accountability.annual.AnnualTexts.yuan;

/**
 * The first text of a report, drafted from the data: the organs as the organisation report keeps them, the rule
 * sets in force and their filings, the facts the prevention areas count, the clue channels, rectification,
 * recovery and the one-event-one-reports. What the system cannot know is left as a bracketed request to write it.
 */
final class AnnualPrefill {

    /** What the draft is made of. {@code labels} names a statistics figure's bundle key (Chinese). */
    record Inputs(String enterpriseName, String enterpriseCode, int year, OrganReport organs,
                  List<AnnualRepository.RuleSetLine> ruleSets, List<AnnualFact> facts, List<AnnualTable> tables,
                  Function<String, String> labels) {
    }

    private AnnualPrefill() {
    }

    static List<AnnualSectionText> draft(Inputs in) {
        List<AnnualSectionText> out = new ArrayList<>();
        for (AnnualSection s : AnnualSection.values()) {
            out.add(new AnnualSectionText(s, switch (s) {
                case OVERVIEW -> overview(in);
                case LEADERSHIP -> leadership(in);
                case RULES -> rules(in);
                case TEAM -> team(in);
                case CLUE_CHANNELS -> channels(in);
                case RECTIFICATION -> withFacts(in, s.topic(), table(in, "rectification")
                        .map(t -> text("draft.rectification", n(current(t, "ON_TIME") + current(t, "LATE")),
                                n(previous(t, "ON_TIME") + previous(t, "LATE")), n(current(t, "OVERDUE")))).orElse(null));
                case RECOVERY -> withFacts(in, s.topic(), table(in, "recovery").flatMap(t -> row(t, "RECOVERED"))
                        .map(r -> text("draft.recovery", yuan(r.currentAmount()), yuan(r.previousAmount()))).orElse(null));
                case PROBLEMS -> text("draft.problems");
                case PLANS -> text("draft.plans");
                default -> withFacts(in, s.topic(), null);
            }));
        }
        return out;
    }

    private static String overview(Inputs in) {
        StringBuilder b = new StringBuilder(text("draft.overview", in.enterpriseName(), in.enterpriseCode()));
        for (OrganKind kind : OrganKind.values()) {
            Optional<OrganDetail> organ = organ(in, kind);
            b.append('\n');
            if (organ.isPresent()) {
                OrganDetail o = organ.get();
                b.append(text("draft.overview.organ", kindName(kind), o.name(),
                        o.establishedOn() == null ? text("draft.overview.notEstablished") : text("draft.overview.established", o.establishedOn().toString()),
                        o.basis() == null ? "—" : o.basis(), n(o.members().size())));
            } else {
                b.append(text("draft.overview.organNone", kindName(kind)));
            }
        }
        return b.toString();
    }

    private static String leadership(Inputs in) {
        String told = organ(in, OrganKind.LEADING_GROUP).map(o -> text("draft.leadership", o.name(),
                o.members().stream().filter(m -> m.position() == OrganPosition.LEADER).map(OrganMemberData::name).findFirst()
                        .map(name -> text("draft.leadership.leader", name)).orElse(text("draft.leadership.none"))))
                .orElse(text("draft.leadership.none"));
        return withFacts(in, AnnualWorkTopic.LEADERSHIP, told);
    }

    private static String rules(Inputs in) {
        if (in.ruleSets().isEmpty()) {
            return withFacts(in, AnnualWorkTopic.RULES, text("draft.rules.none"));
        }
        List<String> sets = new ArrayList<>();
        long filings = 0;
        for (AnnualRepository.RuleSetLine r : in.ruleSets()) {
            sets.add(text("draft.rules.set", r.title(), r.issuer(),
                    r.filedOn() == null ? text("draft.rules.notFiled") : text("draft.rules.filed", r.filedOn().toString())));
            filings += r.filingsInYear();
        }
        return withFacts(in, AnnualWorkTopic.RULES, text("draft.rules", String.join("；", sets), n(filings)));
    }

    private static String team(Inputs in) {
        String told = organ(in, OrganKind.OFFICE).map(o -> text("draft.team", o.name(),
                o.staffCount() == null ? text("draft.team.noStaff") : text("draft.team.staff", n(o.staffCount()))))
                .orElse(text("draft.team.none"));
        return withFacts(in, AnnualWorkTopic.TEAM, told);
    }

    private static String channels(Inputs in) {
        String told = table(in, "clueSource").map(t -> {
            List<String> parts = new ArrayList<>();
            for (AnnualRow r : t.rows()) {
                if (r.current() > 0) {
                    parts.add(text("draft.channels.source", name(in, r), n(r.current())));
                }
            }
            return text("draft.channels", n(t.current()), n(t.previous()), parts.isEmpty() ? "—" : String.join("、", parts));
        }).orElse(null);
        String incidents = table(in, "incidentReport").map(t -> text("draft.incidents",
                n(current(t, "ON_TIME") + current(t, "LATE")), n(current(t, "ON_TIME")), n(current(t, "LATE")))).orElse(null);
        String both = told == null ? incidents : incidents == null ? told : told + "\n" + incidents;
        return withFacts(in, AnnualWorkTopic.CLUE_CHANNELS, both);
    }

    /** The heading's own sentence (if any), then the facts the areas count for it; a request to write it when neither. */
    private static String withFacts(Inputs in, AnnualWorkTopic topic, String told) {
        List<String> facts = new ArrayList<>();
        for (AnnualFact f : in.facts()) {
            if (f.topic() == topic) {
                facts.add(f.currentAmount() == null ? text("draft.fact", f.label(), n(f.current()))
                        : text("draft.factAmount", f.label(), n(f.current()), yuan(f.currentAmount())));
            }
        }
        List<String> lines = new ArrayList<>();
        if (told != null) {
            lines.add(told);
        }
        if (!facts.isEmpty()) {
            lines.add(text("draft.fromSources", String.join("，", facts)));
        }
        return lines.isEmpty() ? text("draft.empty") : String.join("\n", lines);
    }

    static String name(Inputs in, AnnualRow r) {
        if (r.labelKey() != null) {
            String named = in.labels().apply(r.labelKey());
            if (named != null) {
                return named;
            }
        }
        return r.label() == null ? "" : r.label();
    }

    /** A line of a statistics table by its code (a figure no record has this year or last is not there). */
    private static Optional<AnnualRow> row(AnnualTable t, String code) {
        return t.rows().stream().filter(r -> r.code().equals(code)).findFirst();
    }

    private static long current(AnnualTable t, String code) {
        return row(t, code).map(AnnualRow::current).orElse(0L);
    }

    private static long previous(AnnualTable t, String code) {
        return row(t, code).map(AnnualRow::previous).orElse(0L);
    }

    private static Optional<AnnualTable> table(Inputs in, String id) {
        return Optional.ofNullable(AnnualFigures.table(in.tables(), id));
    }

    private static Optional<OrganDetail> organ(Inputs in, OrganKind kind) {
        return in.organs() == null ? Optional.empty()
                : in.organs().organs().stream().filter(o -> o.kind() == kind && o.exists()).findFirst();
    }

    private static String kindName(OrganKind kind) {
        return text("organ." + kind.name());
    }
}
