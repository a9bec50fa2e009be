package com.soegroup.accountability.search;

import com.soegroup.accountability.shared.AccountabilityException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A search as typed, cut into words the way the index cuts texts (V39's search_bigrams: blanks and common Chinese
 * and Western punctuation), each of which a record must contain. A word of letters, digits and a dash
 * ({@code YBJS-XS-2026}) is a number, matched from its beginning; a word of letters and digits alone may also be an
 * employee number. Refused with a sentence, never sent to the database: nothing, a single character, more than
 * {@value #MAX_LENGTH} characters or {@value #MAX_WORDS} words, control characters (a NUL is no text).
 */
public record SearchQuery(String text, List<Word> words) {

    public static final int MAX_LENGTH = 100;
    public static final int MAX_WORDS = 8;

    /** The separators of search_bigrams in V39 (Java's \s is ASCII, as PostgreSQL's [[:space:]] under "C"). */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u3000，。、；：！？（）【】“”‘’《》,.;:!?()\"'\\[\\]]+");
    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9]+(-[A-Za-z0-9]*)+");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]+(-[A-Za-z0-9]*)*");

    public SearchQuery {
        words = List.copyOf(words);
    }

    /** The words of the text, or a refusal naming {@code q}. */
    public static SearchQuery parse(String typed) {
        if (typed == null || typed.isBlank()) {
            throw AccountabilityException.invalid("q", "search.query.empty");
        }
        String text = typed.strip();
        if (text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
            throw AccountabilityException.invalid("q", "search.query.control");
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw AccountabilityException.invalid("q", "search.query.tooLong", MAX_LENGTH);
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (String part : SEPARATORS.split(text)) {
            if (!part.isEmpty()) {
                distinct.add(part);
            }
        }
        if (distinct.size() > MAX_WORDS) {
            throw AccountabilityException.invalid("q", "search.query.tooManyWords", MAX_WORDS);
        }
        List<Word> words = new ArrayList<>();
        distinct.forEach(w -> words.add(Word.of(w)));
        // a single character (one Chinese character, one letter) matches nearly everything and no index holds it
        if (words.stream().noneMatch(Word::indexed)) {
            throw AccountabilityException.invalid("q", "search.query.tooShort");
        }
        return new SearchQuery(text, words);
    }

    /**
     * One word of the query.
     *
     * @param text    as typed
     * @param number  letters and digits with a dash: the beginning of a record's number (upper-cased in {@link #prefix})
     * @param code    letters and digits, perhaps with dashes: may also be (the beginning of) an employee number
     */
    public record Word(String text, boolean number, boolean code) {

        static Word of(String text) {
            return new Word(text, NUMBER.matcher(text).matches(), CODE.matcher(text).matches());
        }

        /** Two characters or more: the index holds its pairs. */
        public boolean indexed() {
            return text.codePointCount(0, text.length()) >= 2;
        }

        /** The LIKE pattern of a number that begins with this word (letters and digits and dashes only: no wildcard). */
        public String prefix() {
            return text.toUpperCase(Locale.ROOT) + "%";
        }
    }
}
