package com.soegroup.accountability.org;

import java.util.List;

/**
 * One thing wrong in an import file: the row as Excel numbers it (the header is row 1), the column as the
 * file names it, and the sentence (bundle key and arguments) saying why.
 */
public record ImportError(int row, String column, String messageKey, List<Object> arguments) {

    public ImportError {
        arguments = List.copyOf(arguments);
    }
}
