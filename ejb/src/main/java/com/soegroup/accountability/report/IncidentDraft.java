package com.soegroup.accountability.report;

import com.soegroup.accountability.clue.Clue;
import com.soegroup.accountability.investigation.Investigation;
import com.soegroup.accountability.rule.BundleKeyed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The first text of a report, drafted from the data in the five parts (rules.md §11): the clue's source and day,
 * the enterprise, facts and people, the possible or determined loss and its level. What the system cannot know
 * (causes, measures) is left for the office to write. In Chinese: the report goes to SASAC.
 */
@ApplicationScoped
class IncidentDraft {

    static final ResourceBundle TEXTS = ResourceBundle.getBundle("com.soegroup.accountability.report.incident", Locale.ROOT);

    @Inject
    private IncidentRepository reports;

    @PersistenceContext
    private EntityManager em;

    static String text(String key, Object... arguments) {
        String pattern = TEXTS.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }

    static String name(BundleKeyed code) {
        return code == null ? "" : TEXTS.containsKey(code.bundleKey()) ? TEXTS.getString(code.bundleKey()) : code.name();
    }

    IncidentParts draft(IncidentReport report) {
        Clue clue = reports.clue(report.clueId());
        Optional<Investigation> investigation = reports.caseOf(report);
        String enterprise = report.enterprise().fullName();

        String source = clue != null
                ? text("draft.source", name(clue.source()), clue.receivedOn().toString(), clue.ledgerNo())
                : investigation.map(i -> text("draft.source.case", i.caseNo(), i.openedOn().toString())).orElse("");

        List<String> description = new ArrayList<>();
        if (clue != null) {
            description.add(text("draft.description", clue.receivedOn().toString(), enterprise, clue.summary().strip()));
        } else {
            investigation.ifPresent(i -> description.add(text("draft.description", i.openedOn().toString(), enterprise, i.title())));
        }
        investigation.ifPresent(i -> description.add(text("draft.description.case", i.caseNo(), i.title())));
        Set<String> people = new LinkedHashSet<>(people(report, investigation.orElse(null)));
        if (!people.isEmpty()) {
            description.add(text("draft.description.people", String.join("、", people)));
        }

        List<String> impact = new ArrayList<>();
        Optional<BigDecimal> determined = investigation.flatMap(this::determined);
        if (determined.isPresent()) {
            impact.add(text("draft.impact.case", determined.get().toPlainString(), name(report.level())));
        } else if (clue != null && clue.possibleLoss() != null) {
            impact.add(text("draft.impact.clue", clue.possibleLoss().toPlainString(), name(clue.level())));
        } else {
            impact.add(text("draft.impact.none"));
        }
        if (report.markedReason() != null) {
            impact.add(text("draft.impact.marked", report.markedReason()));
        }
        return new IncidentParts(source, String.join("\n", description), String.join("\n", impact), text("draft.causes"),
                text("draft.measures"), null);
    }

    private Optional<BigDecimal> determined(Investigation investigation) {
        return em.createQuery("SELECT d.countedAmount FROM LossDetermination d WHERE d.investigationId = :id AND d.level IS NOT NULL",
                BigDecimal.class).setParameter("id", investigation.id()).getResultStream().findFirst();
    }

    /** The people named in the event: the case's subjects, else the clue's persons concerned. */
    private List<String> people(IncidentReport report, Investigation investigation) {
        if (investigation != null) {
            List<String> subjects = em.createQuery("SELECT s.name FROM InvestigationSubject s WHERE s.investigation.id = :id ORDER BY s.id",
                    String.class).setParameter("id", investigation.id()).getResultList();
            if (!subjects.isEmpty()) {
                return subjects;
            }
        }
        if (report.clueId() == null) {
            return List.of();
        }
        return em.createQuery("SELECT p.name FROM CluePerson p WHERE p.clue.id = :id AND p.name IS NOT NULL ORDER BY p.id", String.class)
                .setParameter("id", report.clueId()).getResultList();
    }
}
