package com.soegroup.accountability.report;

import java.io.Serializable;

/**
 * The five parts of a real-time report as SASAC's reporting notices have them (rules.md §11), and for a progress
 * report what changed since the last one.
 *
 * @param source      (一) source of the clue: internal department; supervision, audit, inspection, discipline; letters
 * @param description (二) when, where, the facts, the nature, the enterprises and people involved
 * @param impact      (三) loss risk or impact: estimates of the transferring unit, the enterprise or an intermediary
 * @param causes      (四) main causes
 * @param measures    (五) measures taken and planned: remedies, intended handling, next steps
 * @param changes     what changed since the last report sent (progress reports), else null
 */
public record IncidentParts(String source, String description, String impact, String causes, String measures,
                            String changes) implements Serializable {
}
