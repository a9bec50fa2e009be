package com.soegroup.accountability.statistics;

import java.io.Serializable;
import java.util.List;

/** A page of the list behind a figure and how many records the whole list has. */
public record DrillPage(long total, List<DrillRow> items) implements Serializable {

    public DrillPage {
        items = List.copyOf(items);
    }
}
