package com.soegroup.accountability.circular;

import java.io.Serializable;

/** A decided case a circular may be drafted from: its number, title and handling unit by name. */
public record DecidedCase(String caseNo, String title, String enterpriseName) implements Serializable {
}
