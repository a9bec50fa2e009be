package com.soegroup.accountability.org;

import java.time.LocalDate;

/**
 * A person's attributes as entered. The ID-document number arrives here already hashed ({@link IdNumbers}):
 * {@code idHash} and {@code idLastFour} are both null when no number was given.
 */
public record PersonData(String name, String enterpriseCode, String department, String post, String postLevel,
                         boolean enterpriseHead, boolean leadershipMember, PersonStatus status, LocalDate statusDate,
                         String ldapUserId, String idHash, String idLastFour) {
}
