package com.soegroup.accountability.effect;

import java.io.Serializable;

/** A person as HR names them: no case data, only who and where (the current enterprise). */
public record PersonRef(long id, String employeeNo, String name, String enterpriseCode,
                        String enterpriseName) implements Serializable {
}
