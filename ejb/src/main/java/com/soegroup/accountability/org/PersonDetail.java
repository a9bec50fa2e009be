package com.soegroup.accountability.org;

import java.io.Serializable;
import java.util.List;

/**
 * A person with the linked user id, the last four characters of the ID document and, for the roles that may
 * see it (HR, OFFICE, LEADER: {@code payVisible}), the pay by year, newest first; otherwise {@code pay} is empty.
 */
public record PersonDetail(PersonSummary person, String ldapUserId, String idLastFour, boolean payVisible,
                           List<PayYear> pay) implements Serializable {
}
