package com.soegroup.accountability.training;

import java.io.Serializable;
import java.time.LocalDate;

/** The list's filter: organiser enterprise (its subtree), held from/to (inclusive), text in the course. All optional. */
public record TrainingFilter(String enterprise, LocalDate from, LocalDate to, String text) implements Serializable {

    public static final TrainingFilter ALL = new TrainingFilter(null, null, null, null);
}
