package com.soegroup.accountability.duty;

import com.soegroup.accountability.org.Person;
import com.soegroup.accountability.org.PersonRepository;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Inputs;
import com.soegroup.accountability.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checks of a duty record's data, shared by the form, the API and the import: every refusal names the field
 * ({@code participants[2].reasons}) so the import can name the row and column.
 */
@ApplicationScoped
class DutyRecordChecks {

    static final int MAX_PARTICIPANTS = 100;

    @Inject
    private PersonRepository people;

    /** The data as stored, and its participants resolved against the people of the scope. */
    record Clean(DutyRecordData data, List<DutyParticipant> participants) {
    }

    Clean check(Scope scope, DutyRecordData d, LocalDate today) {
        if (d == null) {
            throw AccountabilityException.invalid(null, "request.body.required");
        }
        if (d.matterKind() == null) {
            throw AccountabilityException.invalid("matterKind", "field.required");
        }
        if (d.meetingType() == null) {
            throw AccountabilityException.invalid("meetingType", "field.required");
        }
        LocalDate on = Inputs.notFuture("meetingDate", d.meetingDate(), today, "date.future");
        String number = Inputs.optional("meetingNumber", d.meetingNumber(), 100);
        String matter = Inputs.text("matter", d.matter(), 4000);
        BigDecimal amount = d.amount() == null ? null : Inputs.money("amount", d.amount(), false, "duty.amount.invalid");
        String legal = Inputs.optional("legalReviewNote", d.legalReviewNote(), 1000);
        String risk = Inputs.optional("riskAssessmentNote", d.riskAssessmentNote(), 1000);
        String expert = Inputs.optional("expertOpinionNote", d.expertOpinionNote(), 1000);
        if (d.participants().isEmpty()) {
            throw AccountabilityException.invalid("participants", "duty.participants.required");
        }
        if (d.participants().size() > MAX_PARTICIPANTS) {
            throw AccountabilityException.invalid("participants", "duty.participants.tooMany", MAX_PARTICIPANTS);
        }
        List<DutyParticipantData> data = new ArrayList<>();
        List<DutyParticipant> participants = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < d.participants().size(); i++) {
            String field = "participants[" + i + "]";
            DutyParticipantData p = d.participants().get(i);
            if (p == null) {
                throw AccountabilityException.invalid(field, "field.required");
            }
            String employeeNo = Inputs.optional(field + ".employeeNo", p.employeeNo(), 32);
            String name;
            Long personId = null;
            if (employeeNo != null) {
                Optional<Person> person = people.findByEmployeeNo(scope, employeeNo);
                if (person.isEmpty()) {
                    throw AccountabilityException.invalid(field + ".employeeNo", "duty.participant.unknown", employeeNo);
                }
                personId = person.get().id();
                name = person.get().name();
            } else {
                name = Inputs.optional(field + ".name", p.name(), 100);
                if (name == null) {
                    throw AccountabilityException.invalid(field + ".name", "duty.participant.nameRequired");
                }
            }
            if (!seen.add(employeeNo != null ? "#" + employeeNo : name)) {
                throw AccountabilityException.invalid(field, "duty.participant.twice", name);
            }
            if (p.role() == null) {
                throw AccountabilityException.invalid(field + ".role", "field.required");
            }
            if (p.opinion() == null && p.role() != ParticipantRole.OBSERVING) {
                throw AccountabilityException.invalid(field + ".opinion", "duty.participant.opinionRequired", name);
            }
            String reasons = Inputs.optional(field + ".reasons", p.reasons(), 2000);
            if (reasons == null && (p.opinion() == DutyOpinion.DISAGREE || p.opinion() == DutyOpinion.ABSTAIN)) {
                throw AccountabilityException.invalid(field + ".reasons", "duty.participant.reasonsRequired", name);
            }
            data.add(new DutyParticipantData(employeeNo, employeeNo == null ? name : null, p.role(), p.opinion(), reasons));
            participants.add(new DutyParticipant(personId, employeeNo, name, p.role(), p.opinion(), reasons));
        }
        if (participants.stream().noneMatch(p -> p.role() == ParticipantRole.PRESIDING)) {
            throw AccountabilityException.invalid("participants", "duty.participants.presiding");
        }
        DutyRecordData clean = new DutyRecordData(d.enterprise(), d.matterKind(), d.meetingType(), on, number, matter,
                amount, d.legalReview(), legal, d.riskAssessment(), risk, d.expertOpinion(), expert, data);
        return new Clean(clean, participants);
    }
}
