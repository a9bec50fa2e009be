package com.soegroup.accountability.rule.set;

import com.soegroup.accountability.rule.Checks;

import java.io.Serializable;

/**
 * One numbered item of an article, its text as the source writes it. Number 0 is the article as a whole, for an
 * article without items (M§16 第十六条 "其他…情形").
 *
 * @param shortName what a picker, a chart or a history shows; the full text is for documents and tooltips
 */
public record CircumstanceItem(int number, String shortName, String text) implements Serializable {

    public CircumstanceItem {
        if (number < 0) {
            throw Checks.inconsistent("number", "negative");
        }
        Checks.text(shortName, "shortName");
        Checks.text(text, "text");
    }
}
