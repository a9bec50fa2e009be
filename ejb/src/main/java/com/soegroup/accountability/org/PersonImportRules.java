package com.soegroup.accountability.org;

import java.util.Locale;
import java.util.function.Supplier;

/** Turning a person's input into what is stored: blanks as null, codes in upper case, the ID number hashed. */
final class PersonImportRules {

    private PersonImportRules() {
    }

    static PersonInput tidy(PersonInput in) {
        return new PersonInput(clean(in.name()), in.enterpriseCode() == null ? null : clean(in.enterpriseCode().toUpperCase(Locale.ROOT)),
                clean(in.department()), clean(in.post()), clean(in.postLevel()), in.enterpriseHead(), in.leadershipMember(),
                in.status(), in.status() == PersonStatus.ACTIVE ? null : in.statusDate(), clean(in.ldapUserId()),
                in.idNumber() == null || in.idNumber().isBlank() ? null : in.idNumber());
    }

    /** The same input with another linked account. */
    static PersonInput withLdapUserId(PersonInput in, String ldapUserId) {
        return new PersonInput(in.name(), in.enterpriseCode(), in.department(), in.post(), in.postLevel(), in.enterpriseHead(),
                in.leadershipMember(), in.status(), in.statusDate(), ldapUserId, in.idNumber());
    }

    /** The stored form; the hasher is asked for only when there is a number to hash. */
    static PersonData toData(PersonInput in, Supplier<IdNumbers> hasher) {
        String hash = null;
        String lastFour = null;
        if (in.idNumber() != null) {
            String number = IdNumbers.normalise(in.idNumber());
            hash = hasher.get().hash(number);
            lastFour = IdNumbers.lastFour(number);
        }
        return new PersonData(in.name(), in.enterpriseCode(), in.department(), in.post(), in.postLevel(), in.enterpriseHead(),
                in.leadershipMember(), in.status(), in.statusDate(), in.ldapUserId(), hash, lastFour);
    }

    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
