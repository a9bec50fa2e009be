package com.soegroup.accountability.statistics;

import java.io.Serializable;
import java.util.List;

/** A group of figures shown as one chart and one table (e.g. clues by source): its id, title key and figures. */
public record FigureGroup(String id, String titleKey, boolean amounts, List<Figure> figures) implements Serializable {

    public FigureGroup {
        figures = List.copyOf(figures);
    }

    public long total() {
        return figures.stream().mapToLong(Figure::count).sum();
    }
}
