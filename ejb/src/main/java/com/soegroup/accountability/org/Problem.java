package com.soegroup.accountability.org;

import java.util.List;

/**
 * One thing wrong with an input: the field (JSON name), the bundle key of the sentence and its arguments.
 * Imports turn the field into the column of the file.
 */
public record Problem(String field, String messageKey, List<Object> arguments) {

    public Problem {
        arguments = List.copyOf(arguments);
    }

    static Problem of(String field, String messageKey, Object... arguments) {
        return new Problem(field, messageKey, List.of(arguments));
    }
}
