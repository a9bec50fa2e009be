package com.soegroup.accountability.org;

import java.time.LocalDate;

/** A person as a form, the API or an import row gives it; {@code idNumber} is the clear number, or null to keep. */
public record PersonInput(String name, String enterpriseCode, String department, String post, String postLevel,
                          boolean enterpriseHead, boolean leadershipMember, PersonStatus status, LocalDate statusDate,
                          String ldapUserId, String idNumber) {
}
