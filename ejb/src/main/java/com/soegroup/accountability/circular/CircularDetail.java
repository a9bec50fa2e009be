package com.soegroup.accountability.circular;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A circular as its page shows it: the row, the text in force, the masks (the terms the draft hides, those the office
 * added included), whether the enterprise may be named, the approval, the publication, the versions and the history.
 * Masks and versions are shown to the case roles only; a recipient reads the text.
 */
public record CircularDetail(CircularSummary summary, CircularParts text, int textNo, List<CircularMask> masks, String addedTerms,
                             boolean nameEnterprise, String createdBy, String approvedBy, String approvalOpinion,
                             LocalDate publishedOn, String publishedBy, String publishEnterpriseCode, String publishEnterpriseName,
                             List<String> publishRoles, List<CircularVersion> versions, List<CircularHistoryEntry> history,
                             CircularActions actions, int version) implements Serializable {
}
