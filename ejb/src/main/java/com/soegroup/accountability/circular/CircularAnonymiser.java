package com.soegroup.accountability.circular;

import com.soegroup.accountability.rule.BundleKeyed;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a circular hides who and how much (plain Java, {@code CircularAnonymiserTest}). A circular teaches the group,
 * it does not point at people: the rules are fixed so every circular reads alike.
 * <ul>
 *   <li>a person: the surname and 某 (张三 → 张某, 欧阳明华 → 欧阳某); a name not in Chinese characters → 某人;</li>
 *   <li>an enterprise: by its place in the group, 某集团 (the group itself), 某集团所属某子公司 (a subsidiary),
 *       某集团所属某子公司下属企业 (deeper), unless the decision lets it be named;</li>
 *   <li>an employee number → ***; an ID number (18 characters, 17 digits and a digit or X) → ***;</li>
 *   <li>an amount in 元, 万元 or 亿元 → rounded to two significant figures and said in 万元 or 亿元 with 约
 *       (1,234,567.89元 → 约120万元, 38,600元 → 约3.9万元); under 10,000 yuan → 不足1万元.</li>
 * </ul>
 * The office may add terms of its own (a project's name, a place); every term's original text must be gone from a
 * circular before it is saved or sent on ({@link #leak}).
 */
public final class CircularAnonymiser {

    /** What a term hides: the leak check names it, the page shows it beside the term. */
    public enum MaskKind implements BundleKeyed { PERSON, EMPLOYEE_NO, ID_NUMBER, ENTERPRISE, ADDED }

    /** A text to hide and what replaces it. */
    public record Term(String original, String replacement, MaskKind kind) {
    }

    /** What was found that must not be published: the kind and the text as found. */
    public record Leak(MaskKind kind, String text) {
    }

    static final String MASK = "***";
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9A-Za-z])");
    private static final Pattern AMOUNT = Pattern.compile("(?<![0-9.,])([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(\\.[0-9]+)?\\s*(亿元|万元|元)");
    private static final Pattern CHINESE_NAME = Pattern.compile("\\p{IsHan}{2,5}");
    private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙",
            "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "独孤", "南宫", "西门", "轩辕", "呼延", "申屠", "澹台", "太史", "万俟");
    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");
    private static final BigDecimal HUNDRED_MILLION = new BigDecimal("100000000");

    private CircularAnonymiser() {
    }

    /** 张三 → 张某, 欧阳明华 → 欧阳某; anything but a Chinese name → 某人. */
    public static String person(String name) {
        String n = name == null ? "" : name.strip();
        if (!CHINESE_NAME.matcher(n).matches()) {
            return "某人";
        }
        for (String compound : COMPOUND_SURNAMES) {
            if (n.startsWith(compound) && n.length() > compound.length()) {
                return compound + "某";
            }
        }
        return n.charAt(0) + "某";
    }

    /** An enterprise by its depth in the group: 0 the group, 1 a subsidiary, deeper a subsidiary's enterprise. */
    public static String enterprise(int depth) {
        if (depth <= 0) {
            return "某集团";
        }
        return depth == 1 ? "某集团所属某子公司" : "某集团所属某子公司下属企业";
    }

    /** An amount in yuan as a circular says it: two significant figures, 约…万元 or 约…亿元, small ones 不足1万元. */
    public static String amount(BigDecimal yuan) {
        BigDecimal abs = yuan.abs();
        if (abs.compareTo(TEN_THOUSAND) < 0) {
            return "不足1万元";
        }
        BigDecimal rounded = abs.round(new MathContext(2, RoundingMode.HALF_UP));
        if (rounded.compareTo(HUNDRED_MILLION) >= 0) {
            return "约" + rounded.divide(HUNDRED_MILLION).stripTrailingZeros().toPlainString() + "亿元";
        }
        return "约" + rounded.divide(TEN_THOUSAND).stripTrailingZeros().toPlainString() + "万元";
    }

    /**
     * The text with every term replaced (the longest first, so 张三丰 is not read as 张三 and 丰), every amount
     * generalised and every ID number masked.
     */
    public static String apply(String text, List<Term> terms) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        List<Term> ordered = new ArrayList<>(terms);
        ordered.sort(Comparator.comparingInt((Term t) -> t.original().length()).reversed());
        for (Term term : ordered) {
            if (!term.original().isBlank()) {
                out = out.replace(term.original(), term.replacement());
            }
        }
        out = ID_NUMBER.matcher(out).replaceAll(MASK);
        Matcher m = AMOUNT.matcher(out);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            BigDecimal value = new BigDecimal(m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2)));
            if ("万元".equals(m.group(3))) {
                value = value.multiply(TEN_THOUSAND);
            } else if ("亿元".equals(m.group(3))) {
                value = value.multiply(HUNDRED_MILLION);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(amount(value)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The first term or ID number still in any of the texts, or empty when they may be published. */
    public static Optional<Leak> leak(List<String> texts, List<Term> forbidden) {
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            for (Term term : forbidden) {
                if (!term.original().isBlank() && text.contains(term.original())) {
                    return Optional.of(new Leak(term.kind(), term.original()));
                }
            }
            Matcher id = ID_NUMBER.matcher(text);
            if (id.find()) {
                return Optional.of(new Leak(MaskKind.ID_NUMBER, id.group()));
            }
        }
        return Optional.empty();
    }

    /** Terms as the office keeps them, one a line: {@code 原文=替换} (a line without = hides the text as ***). */
    public static List<Term> parse(String lines, MaskKind kind) {
        List<Term> out = new ArrayList<>();
        if (lines == null) {
            return out;
        }
        Map<String, String> seen = new LinkedHashMap<>();
        for (String line : lines.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            int eq = l.indexOf('=');
            String original = (eq < 0 ? l : l.substring(0, eq)).strip();
            String replacement = eq < 0 ? MASK : l.substring(eq + 1).strip();
            if (!original.isEmpty() && !seen.containsKey(original)) {
                seen.put(original, replacement.isEmpty() ? MASK : replacement);
            }
        }
        seen.forEach((o, r) -> out.add(new Term(o, r, kind)));
        return out;
    }

    /** The terms one a line, as {@link #parse} reads them. */
    public static String format(List<Term> terms) {
        StringBuilder sb = new StringBuilder();
        for (Term t : terms) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(t.original()).append('=').append(t.replacement());
        }
        return sb.toString();
    }
}
