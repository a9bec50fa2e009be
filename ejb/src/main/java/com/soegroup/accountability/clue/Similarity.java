package com.soegroup.accountability.clue;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How alike two summaries are, 0 to 1: the Dice coefficient of their character bigrams, ignoring spaces and
 * punctuation. Chinese has no word breaks, and bigrams catch "同一笔工程款" written two ways well enough.
 */
final class Similarity {

    private Similarity() {
    }

    static double of(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String gram : x) {
            if (y.contains(gram)) {
                common++;
            }
        }
        return 2.0 * common / (x.size() + y.size());
    }

    private static Set<String> bigrams(String text) {
        Set<String> grams = new HashSet<>();
        if (text == null) {
            return grams;
        }
        String clean = text.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s]", "");
        for (int i = 0; i + 1 < clean.length(); i++) {
            grams.add(clean.substring(i, i + 2));
        }
        return grams;
    }
}
