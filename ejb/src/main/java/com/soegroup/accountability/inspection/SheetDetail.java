package com.soegroup.accountability.inspection;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One enterprise's answer sheet: the campaign, the sheet's state (overdue with working days late), the answers item
 * by item, the last review, and the steps the caller may take now (answer and submit: LIAISON of the enterprise
 * while open or returned; review: OFFICE while submitted). {@code submitBlocker} says why submitting cannot succeed.
 */
public record SheetDetail(CampaignSummary campaign, String enterpriseCode, String enterpriseName, SheetStatus status,
                          boolean overdue, int daysLate, List<AnswerDetail> answers, String submittedBy,
                          Instant submittedAt, String reviewedBy, Instant reviewedAt, String reviewOpinion,
                          boolean mayAnswer, boolean maySubmit, String submitBlocker, boolean mayReview, int version)
        implements Serializable {
}
