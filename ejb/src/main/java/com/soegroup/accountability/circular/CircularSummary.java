package com.soegroup.accountability.circular;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A row of the circulars' list and the home page's panel.
 *
 * @param read whether the caller opened it (a published circular they receive; false otherwise)
 */
public record CircularSummary(String circularNo, CircularKind kind, CircularState state, String title, String enterpriseCode,
                              String enterpriseName, String caseNo, LocalDate publishedOn, boolean recipient, boolean read)
        implements Serializable {
}
