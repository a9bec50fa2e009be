package com.soegroup.accountability.calendar;

import java.io.Serializable;
import java.util.List;

/** Why a row of an imported calendar was refused, as a bundle key and its arguments (row 1 is the header). */
public record CalendarImportError(int row, String messageKey, List<Object> arguments) implements Serializable {

    public CalendarImportError {
        arguments = List.copyOf(arguments);
    }
}
