package com.soegroup.accountability.ruleset;

import java.io.Serializable;
import java.time.LocalDate;

/** A filing as entered: when, under which reference, with whom, and a note. */
public record RuleSetFilingData(LocalDate filedOn, String reference, String filedWith, String note) implements Serializable {
}
