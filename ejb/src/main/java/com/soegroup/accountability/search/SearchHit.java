package com.soegroup.accountability.search;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One record found: its type and number (ledger, case, decision or employee number), its title (a clue's summary,
 * a case's title, the name of the person decided about or found), the name of its enterprise (the one a clue
 * concerns, a case's handling unit, the deciding unit, a person's), its status as a code with its bundle key, and
 * its date (received, opened, determined; none for a person).
 */
public record SearchHit(SearchType type, String number, String title, String enterpriseName, String status,
                        String statusKey, LocalDate date) implements Serializable {
}
