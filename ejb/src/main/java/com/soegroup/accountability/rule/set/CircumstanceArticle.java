package com.soegroup.accountability.rule.set;

import com.soegroup.accountability.rule.Checks;

import java.io.Serializable;
import java.util.List;

/**
 * An article (or, in the opinions, a paragraph) that lists the violations of one area, with its items in order:
 * 1, 2, 3 … as the source numbers them, or the single item 0 when the article has none.
 */
public record CircumstanceArticle(CircumstanceArea area, int number, String heading,
                                  List<CircumstanceItem> items) implements Serializable {

    public CircumstanceArticle {
        Checks.required(area, "area");
        Checks.text(heading, "heading");
        items = List.copyOf(Checks.required(items, "items"));
        if (items.isEmpty()) {
            throw Checks.inconsistent("items", "empty");
        }
        boolean whole = items.size() == 1 && items.get(0).number() == 0;
        for (int i = 0; i < items.size() && !whole; i++) {
            if (items.get(i).number() != i + 1) {
                throw Checks.inconsistent("items[" + i + "]", "items must be numbered 1, 2, 3 … in order");
            }
        }
    }
}
