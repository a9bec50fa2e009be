package com.soegroup.accountability.web.org;

import java.io.Serializable;

/**
 * One choice of a picker: the key a service takes (an employee number, a sign-in name, an enterprise code), the
 * name people know it by, and what tells two of the same name apart. The key shows only as a tooltip.
 */
public record Pick(String key, String name, String detail) implements Serializable {

    public String label() {
        return detail == null || detail.isBlank() ? name : name + "（" + detail + "）";
    }
}
