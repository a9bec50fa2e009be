package com.soegroup.accountability.annual;

import java.io.Serializable;

/** One narrative section of a report with its text. */
public record AnnualSectionText(AnnualSection section, String body) implements Serializable {
}
