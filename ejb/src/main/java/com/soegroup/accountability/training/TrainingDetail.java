package com.soegroup.accountability.training;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A training with its participants by name and enterprise, its materials, and who recorded it when. */
public record TrainingDetail(TrainingSummary summary, List<Participant> participants, String materials,
                             String createdBy, Instant createdAt, int version) implements Serializable {

    /** A participant as the list shows them. */
    public record Participant(String employeeNo, String name, String enterpriseName) implements Serializable {
    }
}
