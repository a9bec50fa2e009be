package com.soegroup.accountability.org;

import com.soegroup.accountability.shared.Inputs;

import java.util.List;

/**
 * One thing wrong in an import file: the row as Excel numbers it (the header is row 1), the column as the
 * file names it, and the sentence (bundle key and arguments) saying why. What it repeats of the file (a column's
 * name, a cell) is quoted short ({@link Inputs#quote}).
 */
public record ImportError(int row, String column, String messageKey, List<Object> arguments) {

    public ImportError {
        column = Inputs.quote(column);
        arguments = arguments.stream().map(a -> a instanceof String text ? Inputs.quote(text) : a).toList();
    }
}
