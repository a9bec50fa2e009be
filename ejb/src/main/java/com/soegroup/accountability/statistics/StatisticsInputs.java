package com.soegroup.accountability.statistics;

import com.soegroup.accountability.rectification.RectificationMeasure;
import com.soegroup.accountability.rule.level.LossLevel;
import com.soegroup.accountability.rule.sanction.Measure;
import com.soegroup.accountability.rule.sanction.Outcome;
import com.soegroup.accountability.rule.sanction.Responsibility;
import com.soegroup.accountability.shared.AccountabilityException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/** The checks of what the figures and the lists are asked for: the period, and a list's filters. */
final class StatisticsInputs {

    /** The longest period the figures cover at once (the trend shows its months). */
    static final int MAX_MONTHS = 36;

    private StatisticsInputs() {
    }

    /** The period as asked, or the year so far; refused when it runs backwards or spans more than three years. */
    static StatisticsFilter complete(StatisticsFilter asked, LocalDate today) {
        LocalDate to = asked == null || asked.to() == null ? today : asked.to();
        LocalDate from = asked == null || asked.from() == null ? to.withDayOfYear(1) : asked.from();
        if (from.isAfter(to)) {
            throw AccountabilityException.invalid("from", "statistics.period.order");
        }
        if (ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) >= MAX_MONTHS) {
            throw AccountabilityException.invalid("to", "statistics.period.tooLong", MAX_MONTHS);
        }
        return new StatisticsFilter(from, to, asked == null ? null : blankToNull(asked.enterprise()));
    }

    /** A list's filters: only those a figure names, each a code of its kind (a post level as people records spell it). */
    static Map<String, String> checked(Map<String, String> parameters) {
        return checked(null, parameters);
    }

    /** The same for the list of {@code target}, whose figures name their kinds and measures in its own codes. */
    static Map<String, String> checked(DrillTarget target, Map<String, String> parameters) {
        Map<String, String> p = new LinkedHashMap<>();
        if (parameters == null) {
            return p;
        }
        parameters.forEach((name, value) -> {
            if (value == null) {
                return;
            }
            boolean known = switch (name) {
                case "kind" -> isCode(target == DrillTarget.RECTIFICATIONS ? RectificationFigure.class
                        : target == DrillTarget.RECOVERY ? RecoveryFigure.class
                        : target == DrillTarget.INCIDENTS ? ReportFigure.class : CaseFigure.class, value);
                case "level" -> "NONE".equals(value) || isCode(LossLevel.class, value);
                case "measure" -> isCode(target == DrillTarget.RECTIFICATIONS ? RectificationMeasure.class : Measure.class, value);
                case "responsibility" -> isCode(Responsibility.class, value);
                case "outcome" -> isCode(Outcome.class, value);
                case "postLevel" -> value.length() <= 50;
                default -> false;
            };
            if (!known) {
                throw AccountabilityException.invalid(name, "statistics.drill.invalid", name);
            }
            p.put(name, value);
        });
        return p;
    }

    private static boolean isCode(Class<? extends Enum<?>> type, String value) {
        for (Enum<?> e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
