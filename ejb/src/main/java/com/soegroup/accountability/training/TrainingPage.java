package com.soegroup.accountability.training;

import java.util.List;

/** A page of trainings and how many match in all. */
public record TrainingPage(long total, List<TrainingSummary> items) {
}
