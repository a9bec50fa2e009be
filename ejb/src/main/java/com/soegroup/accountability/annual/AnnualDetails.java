package com.soegroup.accountability.annual;

import com.soegroup.accountability.org.OrganService;
import com.soegroup.accountability.shared.AnnualWorkFact;
import com.soegroup.accountability.shared.AnnualWorkSource;
import com.soegroup.accountability.shared.AnnualWorkTopic;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.statistics.Statistics;
import com.soegroup.accountability.statistics.StatisticsFilter;
import com.soegroup.accountability.statistics.StatisticsService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A report's page and document: its texts (or the draft from the data), the facts every {@link AnnualWorkSource}
 * counts for the year and the year before, part 三's tables (the statistics read for both years), the history and
 * what the caller may do.
 */
@ApplicationScoped
class AnnualDetails {

    @Inject
    private AnnualRepository reports;

    @Inject
    private AnnualAccess access;

    @EJB
    private StatisticsService statistics;

    @EJB
    private OrganService organs;

    @Inject
    private Instance<AnnualWorkSource> sources;

    /** The figures of a year and the year before, for the report's enterprise subtree. */
    record Figures(List<AnnualFact> facts, List<AnnualTable> tables) {
    }

    Figures figures(Scope scope, AnnualReport r) {
        int year = r.year();
        String code = r.enterprise().code();
        String path = r.enterprise().path();
        LocalDate today = access.today();
        Statistics now = statistics.figures(new StatisticsFilter(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), code));
        Statistics before = statistics.figures(new StatisticsFilter(LocalDate.of(year - 1, 1, 1), LocalDate.of(year - 1, 12, 31), code));
        return new Figures(facts(scope, path, year), AnnualFigures.tables(now, before));
    }

    /** Every source's facts of the year beside the year before's, by heading and name, in the headings' order. */
    List<AnnualFact> facts(Scope scope, String path, int year) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, BigDecimal[]> amounts = new LinkedHashMap<>();
        Map<String, AnnualWorkFact> first = new LinkedHashMap<>();
        for (AnnualWorkSource source : sources) {
            for (int y = 0; y < 2; y++) {
                for (AnnualWorkFact f : source.facts(scope, path, year - y)) {
                    String key = f.topic().name() + "\u0000" + f.label();
                    first.putIfAbsent(key, f);
                    counts.computeIfAbsent(key, k -> new long[2])[y] += f.count();
                    if (f.amount() != null) {
                        BigDecimal[] a = amounts.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                        a[y] = a[y].add(f.amount());
                    }
                }
            }
        }
        List<AnnualFact> out = new ArrayList<>();
        first.forEach((key, f) -> {
            long[] c = counts.get(key);
            BigDecimal[] a = amounts.get(key);
            out.add(new AnnualFact(f.topic(), f.label(), c[0], c[1], a == null ? null : a[0], a == null ? null : a[1]));
        });
        out.sort(Comparator.comparing(AnnualFact::topic, Comparator.comparingInt(AnnualWorkTopic::ordinal)));
        return out;
    }

    AnnualDetail detail(Scope scope, AnnualReport r, Function<String, String> labels) {
        Figures figures = figures(scope, r);
        List<AnnualText> texts = reports.latestTexts(r);
        List<AnnualSectionText> sections;
        Integer textNo = null;
        if (texts.isEmpty()) {
            sections = draft(scope, r, figures, labels);
        } else {
            textNo = texts.get(0).textNo();
            Map<AnnualSection, String> bySection = new LinkedHashMap<>();
            texts.forEach(t -> bySection.put(t.section(), t.body()));
            sections = new ArrayList<>();
            for (AnnualSection s : AnnualSection.values()) {
                sections.add(new AnnualSectionText(s, bySection.getOrDefault(s, "")));
            }
        }
        List<AnnualHistoryEntry> history = reports.history(r).stream()
                .map(h -> new AnnualHistoryEntry(h.occurredAt(), h.userId(), h.action(), h.fromStatus(), h.toStatus(), h.reason(), h.details()))
                .toList();
        AnnualSentData sent = r.sentOn() == null ? null : new AnnualSentData(r.sentOn(), r.sentChannel(), r.sentReference(), r.sentRecipient());
        return new AnnualDetail(access.summary(r), sections, textNo, reports.versions(r), figures.facts(), figures.tables(),
                r.approvedBy(), r.approvalOpinion(), sent, history, actions(scope, r, textNo != null), r.version());
    }

    private List<AnnualSectionText> draft(Scope scope, AnnualReport r, Figures figures, Function<String, String> labels) {
        String code = r.enterprise().code();
        return AnnualPrefill.draft(new AnnualPrefill.Inputs(access.enterpriseFullName(code, r.enterprise().fullName()), code, r.year(),
                organs.report(code), reports.ruleSets(r.year()), figures.facts(), figures.tables(), labels));
    }

    static AnnualActions actions(Scope scope, AnnualReport r, boolean saved) {
        boolean office = scope.has(Role.OFFICE);
        boolean leader = scope.has(Role.LEADER);
        String reason = switch (r.state()) {
            case DRAFT -> office ? (saved ? null : "annual.reason.saveFirst") : "annual.reason.office";
            case SUBMITTED -> leader ? null : "annual.reason.leader";
            case APPROVED -> office ? null : "annual.reason.send";
            case SENT -> null;
        };
        return new AnnualActions(office && r.state() == AnnualState.DRAFT, office && r.state() == AnnualState.DRAFT && saved,
                leader && r.state() == AnnualState.SUBMITTED, office && r.state() == AnnualState.APPROVED,
                office && r.state() == AnnualState.APPROVED, reason);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
