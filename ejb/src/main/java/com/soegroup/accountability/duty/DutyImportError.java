package com.soegroup.accountability.duty;

import java.io.Serializable;
import java.util.List;

/**
 * Why a row of an imported file was refused: the row (1 is the header), the column as the template names it (null for
 * the row as a whole), and a bundle key with its arguments.
 */
public record DutyImportError(int row, String column, String messageKey, List<Object> arguments) implements Serializable {

    public DutyImportError {
        arguments = List.copyOf(arguments);
    }
}
