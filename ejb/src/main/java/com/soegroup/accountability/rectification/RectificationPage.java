package com.soegroup.accountability.rectification;

import java.io.Serializable;
import java.util.List;

/** A page of the board and how many tasks the filter finds in all. */
public record RectificationPage(long total, List<RectificationSummary> items) implements Serializable {
}
