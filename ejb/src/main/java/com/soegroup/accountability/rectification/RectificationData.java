package com.soegroup.accountability.rectification;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A rectification task as the office assigns it: where it comes from (a concluded case by its number, a decision by
 * its number, or a reference text for a self-inspection or a regulator's request), the owner enterprise by code,
 * the responsible department and person (employee number from the master data), the liaison's sign-in name who is
 * reminded (optional), what kind of measure, what must change, the rule or process it fixes, and the deadline.
 */
public record RectificationData(RectificationSource source, String caseNo, String decisionNo, String reference,
                                String enterprise, String department, String responsible, String liaison,
                                RectificationMeasure measure, String requirement, String fixes,
                                LocalDate deadline) implements Serializable {
}
