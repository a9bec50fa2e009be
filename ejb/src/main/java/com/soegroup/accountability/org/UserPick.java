package com.soegroup.accountability.org;

import java.io.Serializable;

/** A person who can sign in, as a picker offers them: the sign-in name is what a team assignment takes. */
public record UserPick(String userId, String employeeNo, String name, String enterpriseName, String department,
                       String post) implements Serializable {
}
