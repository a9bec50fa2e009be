package com.soegroup.accountability.annual;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A line of the periodic filing: a direct subsidiary with its own subsidiaries, the enterprise's own records
 * ({@code kind} OWN) or the total. Clues received in the period, of them accepted and still under check; cases
 * opened and concluded; losses determined (yuan); people held accountable; recovered (yuan); rectifications
 * verified; one-event-one-report stages sent.
 */
public record FilingRow(Kind kind, String code, String name, long clues, long accepted, long checking, long opened,
                        long concluded, BigDecimal losses, long people, BigDecimal recovered, long rectified,
                        long incidentReports) implements Serializable {

    /** What the line is. */
    public enum Kind { SUBSIDIARY, OWN, TOTAL }
}
