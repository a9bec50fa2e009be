package com.soegroup.accountability.training;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A training's line of the list: participants from the master data, external ones, and both together. */
public record TrainingSummary(String trainingNo, String course, String organiserCode, String organiserName,
                              LocalDate heldOn, BigDecimal hours, int participants, int externalParticipants)
        implements Serializable {

    public int total() {
        return participants + externalParticipants;
    }
}
