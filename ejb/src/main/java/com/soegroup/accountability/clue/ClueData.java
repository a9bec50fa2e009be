package com.soegroup.accountability.clue;

import com.soegroup.accountability.rule.level.LossLevel;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A clue as registered (登记): the enterprise concerned by code, the persons concerned, and what was received.
 * The reporter's identity and contact are optional and shown only to OFFICE and LEADER. {@code level} is what the
 * person asks for: the rules compute it, a person may only raise it, with {@code levelReason}.
 * {@code circumstances} are the codes of the circumstances suspected ("12-3") in the catalogue of the rule set in
 * force.
 */
public record ClueData(ClueSource source, LocalDate receivedOn, String enterprise, List<PersonConcerned> persons,
                       String summary, BigDecimal possibleLoss, LossLevel level, String reporterName,
                       String reporterContact, String levelReason, List<String> circumstances) {

    public ClueData {
        persons = persons == null ? List.of() : List.copyOf(persons);
        circumstances = circumstances == null ? List.of() : circumstances.stream().filter(c -> c != null).toList();
    }

    /** A registration without circumstances. */
    public ClueData(ClueSource source, LocalDate receivedOn, String enterprise, List<PersonConcerned> persons,
                    String summary, BigDecimal possibleLoss, LossLevel level, String reporterName, String reporterContact,
                    String levelReason) {
        this(source, receivedOn, enterprise, persons, summary, possibleLoss, level, reporterName, reporterContact,
                levelReason, List.of());
    }

    /** A registration that takes the level as the rules compute it, or raises it without saying why (refused). */
    public ClueData(ClueSource source, LocalDate receivedOn, String enterprise, List<PersonConcerned> persons,
                    String summary, BigDecimal possibleLoss, LossLevel level, String reporterName, String reporterContact) {
        this(source, receivedOn, enterprise, persons, summary, possibleLoss, level, reporterName, reporterContact, null,
                List.of());
    }

    /** A person concerned: by employee number from the master data, or by name as written when unknown there. */
    public record PersonConcerned(String employeeNo, String name, String note) implements Serializable {
    }
}
