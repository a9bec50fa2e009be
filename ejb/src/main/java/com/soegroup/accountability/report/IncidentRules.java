package com.soegroup.accountability.report;

import com.soegroup.accountability.rule.set.ReportingClocks;

import java.io.Serializable;

/** The clocks a report counts with and the rule set they come from, shown with their source. */
public record IncidentRules(String ruleSetCode, String ruleSetTitle, ReportingClocks clocks) implements Serializable {
}
