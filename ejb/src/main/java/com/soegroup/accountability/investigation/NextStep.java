package com.soegroup.accountability.investigation;

import java.io.Serializable;
import java.util.List;

/** Who must do what next on a case: a bundle key ({@code investigation.next.*}) and its arguments (names). */
public record NextStep(String key, List<String> args) implements Serializable {

    public NextStep {
        args = args == null ? List.of() : List.copyOf(args);
    }
}
