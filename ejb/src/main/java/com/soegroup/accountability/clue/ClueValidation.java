package com.soegroup.accountability.clue;

import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Inputs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The checks of a clue as registered, by the office or a liaison ({@link ClueService}) or the public form. */
final class ClueValidation {

    static final int MAX_SUMMARY = 4000;
    static final int MAX_PERSONS = 50;
    /** Markup is refused in the summary: a clue is text, and text with tags is most likely pasted from elsewhere. */
    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[A-Za-z!][^>]*>");

    private ClueValidation() {
    }

    /** The registration as stored: texts stripped, the loss at scale 2; what is wrong names its field. */
    static ClueData validate(ClueData data, LocalDate today) {
        if (data.source() == null) {
            throw AccountabilityException.invalid("source", "field.required");
        }
        if (data.receivedOn() == null) {
            throw AccountabilityException.invalid("receivedOn", "field.required");
        }
        if (data.receivedOn().isAfter(today)) {
            throw AccountabilityException.invalid("receivedOn", "clue.receivedOn.future");
        }
        if (data.receivedOn().isBefore(LocalDate.of(1990, 1, 1))) {
            // before any ledger of the group (and before Inputs.EARLIEST_DATE, so that one rule holds the other)
            throw AccountabilityException.invalid("receivedOn", "date.invalid");
        }
        String summary = Inputs.text("summary", data.summary(), MAX_SUMMARY);
        if (MARKUP.matcher(summary).find()) {
            throw AccountabilityException.invalid("summary", "clue.summary.markup");
        }
        BigDecimal loss = data.possibleLoss();
        if (loss != null) {
            if (loss.signum() < 0) {
                throw AccountabilityException.invalid("possibleLoss", "clue.loss.negative");
            }
            if (!Inputs.fitsMoney(loss)) {
                throw AccountabilityException.invalid("possibleLoss", "money.invalid");
            }
            loss = loss.setScale(2, RoundingMode.UNNECESSARY);
        }
        if (data.persons().size() > MAX_PERSONS) {
            throw AccountabilityException.invalid("persons", "clue.persons.tooMany", MAX_PERSONS);
        }
        List<ClueData.PersonConcerned> persons = new ArrayList<>();
        for (int i = 0; i < data.persons().size(); i++) {
            ClueData.PersonConcerned p = data.persons().get(i);
            String employeeNo = Inputs.strip(p == null ? null : p.employeeNo());
            String name = Inputs.optional("persons[" + i + "].name", p == null ? null : p.name(), 100);
            String note = Inputs.optional("persons[" + i + "].note", p == null ? null : p.note(), 200);
            if (employeeNo == null && name == null) {
                throw AccountabilityException.invalid("persons[" + i + "].name", "field.required");
            }
            if (employeeNo != null && (employeeNo.length() > 32 || employeeNo.indexOf('\0') >= 0)) {
                throw AccountabilityException.invalid("persons[" + i + "].employeeNo", "person.unknown", employeeNo);
            }
            persons.add(new ClueData.PersonConcerned(employeeNo, name, note));
        }
        String reporterName = Inputs.optional("reporterName", data.reporterName(), 100);
        String reporterContact = Inputs.optional("reporterContact", data.reporterContact(), 200);
        String levelReason = Inputs.optional("levelReason", data.levelReason(), 2000);
        return new ClueData(data.source(), data.receivedOn(), data.enterprise(), persons, summary, loss, data.level(),
                reporterName, reporterContact, levelReason, data.circumstances());
    }
}
