package com.soegroup.accountability.org;

import java.io.Serializable;

/**
 * A member as entered and as shown: the post in the organ; the person's employee number when linked to the master
 * data (name, department and post then default to the person's); contacts as reported.
 */
public record OrganMemberData(OrganPosition position, String employeeNo, String name, String department, String post,
                              String phone, String email) implements Serializable {
}
