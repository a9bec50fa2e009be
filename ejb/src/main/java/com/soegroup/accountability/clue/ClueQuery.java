package com.soegroup.accountability.clue;

import java.time.LocalDate;

/** A filter resolved for the repository: the enterprise as its tree path (already checked to be in scope). */
record ClueQuery(ClueFilter filter, String enterprisePath, boolean subsidiaries, LocalDate today) {
}
