package com.soegroup.accountability.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A training as recorded: course, organiser enterprise (code), date held, hours, the participants by employee
 * number, how many came from outside the group's master data, and optional materials (a description or reference).
 */
public record TrainingData(String course, String organiser, LocalDate heldOn, BigDecimal hours, List<String> participants,
                           Integer externalParticipants, String materials) {

    public TrainingData {
        participants = participants == null ? List.of() : participants.stream().filter(p -> p != null && !p.isBlank()).toList();
    }
}
