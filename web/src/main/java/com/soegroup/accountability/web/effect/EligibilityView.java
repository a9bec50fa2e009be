package com.soegroup.accountability.web.effect;

import com.soegroup.accountability.effect.DecisionEffect;
import com.soegroup.accountability.effect.DecisionPayTerms;
import com.soegroup.accountability.effect.EffectExports;
import com.soegroup.accountability.effect.EffectService;
import com.soegroup.accountability.effect.EffectTimeline;
import com.soegroup.accountability.effect.PersonEligibility;
import com.soegroup.accountability.org.PersonSummary;
import com.soegroup.accountability.rule.effect.Restriction;
import com.soegroup.accountability.rule.sanction.Measure;
import com.soegroup.accountability.web.shell.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * HR's page (effect/eligibility.xhtml): find a person → the card with the standing on the chosen date and the
 * timeline of every restriction; upload a candidate list → a table of answers with an Excel export.
 */
@Named
@ViewScoped
public class EligibilityView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where a restriction stands relative to the date asked about (the timeline's badge). */
    public enum State {
        PAST, CURRENT, FUTURE
    }

    @EJB
    private EffectService effects;

    private String query;
    private LocalDate asOf;
    private List<PersonSummary> people = List.of();
    private EffectTimeline card;
    // the answers to an uploaded list (thousands of people): kept where they were given; after the session moved to
    // another node they are asked again for the numbers of the list, which is all the session carries
    private transient List<PersonEligibility> results;
    private List<String> asked = List.of();
    private LocalDate resultsDate;

    @PostConstruct
    void init() {
        asOf = effects.today();
    }

    public void search() {
        card = null;
        people = effects.findPeople(query);
        if (people.size() == 1) {
            open(people.get(0).employeeNo());
        } else if (people.isEmpty()) {
            Pages.info("effect.people.none");
        }
    }

    /** The card of the person on the chosen date; none for a person the service refuses. */
    public void open(String employeeNo) {
        card = null;
        card = effects.timeline(employeeNo, asOf);
    }

    /** The date changed: the card is asked again for it (the list's answers keep the date they were given for). */
    public void dateChanged() {
        if (asOf == null) {
            asOf = effects.today();
        }
        if (card != null) {
            open(card.person().employeeNo());
        }
    }

    public void upload(FileUploadEvent event) {
        results = List.of();
        asked = List.of();
        results = effects.eligibilityOfFile(event.getFile().getContent(), asOf);
        asked = results.stream().map(PersonEligibility::employeeNo).toList();
        resultsDate = asOf;
        Pages.info("effect.results.summary", results.size(), results.stream().filter(r -> !r.found()).count());
    }

    public StreamedContent getExport() {
        List<PersonEligibility> answers = getResults();
        LocalDate date = resultsDate;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EffectExports.eligibilityXlsx(answers, date, key -> Pages.text(key), out);
        byte[] content = out.toByteArray();
        return DefaultStreamedContent.builder().name("promotion-eligibility-" + date + ".xlsx")
                .contentType(EffectExports.XLSX).stream(() -> new ByteArrayInputStream(content)).build();
    }

    /** The {@link State} name, for the page's bundle key and badge colour. */
    public String state(Restriction r) {
        LocalDate on = card == null ? asOf : card.date();
        if (r.from() != null && on.isBefore(r.from())) {
            return State.FUTURE.name();
        }
        return (r.eligibleFrom() != null && !on.isBefore(r.eligibleFrom()) ? State.PAST : State.CURRENT).name();
    }

    public String describe(Restriction r) {
        return EffectExports.describe(r, key -> Pages.text(key));
    }

    public String describeAll(PersonEligibility answer) {
        return answer.found() ? answer.eligibility().restrictions().stream().map(this::describe).collect(Collectors.joining("；")) : "";
    }

    /** The card's decisions that restrict pay or incentives (the incentive bar and the other pay terms). */
    public List<DecisionEffect> getPayRestricted() {
        return card == null ? List.of() : card.decisions().stream().filter(d -> d.payTerms().any()).toList();
    }

    /** The incentive bar's badge on the card's date: CURRENT, PAST (over or ended on appeal) or FUTURE. */
    public String incentiveState(DecisionEffect d) {
        LocalDate on = card == null ? asOf : card.date();
        DecisionPayTerms terms = d.payTerms();
        if (terms.incentiveBarFrom() != null && on.isBefore(terms.incentiveBarFrom())) {
            return State.FUTURE.name();
        }
        return (d.incentiveBarredOn(on) ? State.CURRENT : State.PAST).name();
    }

    /** The pay terms of a decision as one sentence: 不得参加国有企业中长期激励5年（至…）；延期支付绩效年薪；… */
    public String describePayTerms(DecisionEffect d) {
        DecisionPayTerms t = d.payTerms();
        List<String> parts = new ArrayList<>();
        if (t.incentiveBarPermanent()) {
            parts.add(Pages.text("effect.pay.incentiveBarPermanent"));
        } else if (t.incentiveBarred()) {
            parts.add(Pages.text("effect.pay.incentiveBar", t.incentiveBarYears(), String.valueOf(t.incentiveBarFrom()),
                    String.valueOf(t.incentiveBarUntil())));
        }
        if (t.deferPerformanceSalary()) {
            parts.add(Pages.text("effect.pay.defer"));
        }
        if (t.endUnexercisedRights()) {
            parts.add(Pages.text("effect.pay.endRights"));
        }
        if (t.handBackYears() != null) {
            parts.add(Pages.text("effect.pay.handBack", t.handBackYears()));
        }
        if (d.endedOn() != null) {
            parts.add(Pages.text("effect.pay.endedOnAppeal", String.valueOf(d.endedOn())));
        }
        return String.join("；", parts);
    }

    public String measures(List<Measure> measures) {
        return measures.stream().map(m -> Pages.text(m.bundleKey())).collect(Collectors.joining("、"));
    }

    public LocalDate barredUntil(PersonEligibility answer) {
        return answer.found() ? EffectExports.promotionBarredUntil(answer.eligibility()) : null;
    }

    public long getNotFound() {
        return getResults().stream().filter(r -> !r.found()).count();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    public List<PersonSummary> getPeople() {
        return people;
    }

    public EffectTimeline getCard() {
        return card;
    }

    public List<PersonEligibility> getResults() {
        if (results == null) {
            results = asked.isEmpty() ? List.of()
                    : Pages.readWhileWriting(() -> effects.eligibility(asked, resultsDate), List.of());
        }
        return results;
    }

    public LocalDate getResultsDate() {
        return resultsDate;
    }
}
