package com.soegroup.accountability.effect;

import java.time.LocalDate;

/**
 * A line of the ban list (禁入限制名单): who, under which decision, from when until when (null: for life).
 *
 * @param idHash the keyed hash of the ID document (person.id_hash), never the number; null when not on record
 */
public record BanEntry(String personName, String employeeNo, String idHash, String enterpriseCode,
                       String enterpriseName, String decisionNo, LocalDate from, LocalDate until, String legalBasis) {
}
