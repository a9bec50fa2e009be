package com.soegroup.accountability.circular;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** The text of a circular: its title and four parts — the facts, the violation, the handling, the lesson. */
public record CircularParts(String title, String facts, String violation, String handling, String lesson) implements Serializable {

    List<String> all() {
        return Arrays.asList(title, facts, violation, handling, lesson);
    }
}
