package com.soegroup.accountability.shared;

import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where a line of Chinese text may end in a PDF (OpenPDF asks after every character). Chinese breaks between
 * any two characters, except that closing punctuation (，。；：、）」 …) never starts a line and opening
 * punctuation (（「 …) never ends one: the line breaks one character earlier instead, as typesetters do (禁则).
 * Latin words and numbers still break only at spaces and hyphens.
 */
public final class ChineseLineBreak implements SplitCharacter {

    public static final ChineseLineBreak INSTANCE = new ChineseLineBreak();

    /** What may not start a line. */
    static final String NO_LINE_START = "，。；：、）」』】〕》〉！？…·％‰”’,.;:!?)]}%";

    /** What may not end a line. */
    static final String NO_LINE_END = "（「『【〔《〈“‘([{￥$";

    private ChineseLineBreak() {
    }

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        char next = current + 1 < end ? cc[current + 1] : 0;
        return canBreakAfter(cc[current], next);
    }

    /** Whether a line may end after {@code c} when {@code next} follows ({@code 0}: nothing follows). */
    public static boolean canBreakAfter(char c, char next) {
        if (NO_LINE_END.indexOf(c) >= 0) {
            return false;
        }
        if (next != 0 && NO_LINE_START.indexOf(next) >= 0) {
            return false;
        }
        // the rest as OpenPDF's own rule: after spaces and hyphens, and after any CJK character or punctuation
        return c <= ' ' || c == '-' || c == '\u2010' || c >= '\u2002' && c <= '\u200b' || cjk(c);
    }

    private static boolean cjk(char c) {
        return c >= '\u2e80' && c < '\ud7a0' || c >= '\uf900' && c < '\ufb00' || c >= '\ufe30' && c < '\ufe50'
                || c >= '\uff00' && c < '\uffa0';
    }
}
