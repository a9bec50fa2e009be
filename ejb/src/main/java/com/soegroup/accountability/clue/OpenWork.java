package com.soegroup.accountability.clue;

import java.io.Serializable;
import java.util.List;

/**
 * Something that holds a clue open (对账): a sentence of the message bundle with its arguments, and the area
 * and reference of the work (e.g. "INVESTIGATION", "YBJT-DC-2026-0003") for a link.
 */
public record OpenWork(String area, String reference, String messageKey,
                       List<String> arguments) implements Serializable {

    public OpenWork {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }
}
