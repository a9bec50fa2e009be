package com.soegroup.accountability.org;

import java.io.Serializable;
import java.time.LocalDate;

/** A person as lists show them: no ID data, no pay. */
public record PersonSummary(String employeeNo, String name, String enterpriseCode, String enterpriseName,
                            String department, String post, String postLevel, boolean enterpriseHead,
                            boolean leadershipMember, PersonStatus status, LocalDate statusDate,
                            int version) implements Serializable {

    static PersonSummary of(Person p) {
        Enterprise e = p.enterprise();
        return new PersonSummary(p.employeeNo(), p.name(), e.code(), e.shortName() == null ? e.fullName() : e.shortName(),
                p.department(), p.post(), p.postLevel(), p.enterpriseHead(), p.leadershipMember(), p.status(),
                p.statusDate(), p.version());
    }
}
