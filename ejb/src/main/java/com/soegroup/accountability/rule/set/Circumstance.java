package com.soegroup.accountability.rule.set;

import java.io.Serializable;

/**
 * One circumstance of a catalogue as a case cites it: where it stands (area, article, item), what it is called,
 * its text, and the reference a document writes after "违反" ({@code 《实施办法》第十二条第（三）项}).
 *
 * @param code the article and item, {@code "12-3"} ({@code "16-0"} for an article without items); unique within
 *             its catalogue, which is why it always travels with the rule set
 */
public record Circumstance(String catalogue, CircumstanceArea area, int article, int item, String articleHeading,
                           String shortName, String text, String reference) implements Serializable {

    public String code() {
        return code(article, item);
    }

    /** "违反《实施办法》第十二条第（三）项（违规决策、未制定风险防范预案）": what the report and the decision write. */
    public String citation() {
        return "违反" + reference + "（" + shortName + "）";
    }

    public static String code(int article, int item) {
        return article + "-" + item;
    }
}
