package com.soegroup.accountability.rule.set;

import com.soegroup.accountability.rule.RuleInputException;
import com.soegroup.accountability.rule.effect.BanTerm;
import com.soegroup.accountability.rule.effect.EffectPeriod;
import com.soegroup.accountability.rule.effect.RestrictionKind;
import com.soegroup.accountability.rule.level.LossLevel;
import com.soegroup.accountability.rule.level.LossLevelTier;
import com.soegroup.accountability.rule.payback.ClawBackTerms;
import com.soegroup.accountability.rule.sanction.Measure;
import com.soegroup.accountability.rule.sanction.PercentRange;
import com.soegroup.accountability.rule.sanction.Responsibility;
import com.soegroup.accountability.rule.sanction.SanctionRow;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads and writes a {@link RuleSet} as JSON (JSON-P only, so the engine itself stays free of it). The shipped
 * files under {@code /rulesets/} are the single source of the seed rows (M§19 第十九条, M§28 第二十八条, M§30
 * 第三十条 …). Money, shares and percentages are strings so that no reader turns them into binary floating point;
 * dates are ISO; periods ISO-8601 ({@code P6M}); nullable fields are written as explicit nulls.
 */
public final class RuleSetJson {

    private RuleSetJson() {
    }

    /** @throws RuleInputException with {@link RuleInputException#RULE_SET_MALFORMED} or {@code RULE_SET_INCONSISTENT} and the JSON path */
    public static RuleSet read(InputStream in) {
        JsonObject root;
        try (JsonReader reader = Json.createReader(in)) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new RuleInputException("$", RuleInputException.RULE_SET_MALFORMED, e.getMessage());
        }
        Node set = new Node(root, "$");
        return set.build(() -> new RuleSet(set.text("code"), set.text("issuer"), set.text("title"),
                set.date("effectiveFrom"), set.optional("filingDate", Node::date), set.enumOf("status", RuleSetStatus.class),
                set.bool("tablesReviewed"),
                set.list("lossLevels", tier -> tier.build(() -> new LossLevelTier(tier.enumOf("level", LossLevel.class),
                        tier.decimal("amountFrom"), tier.optional("shareFrom", Node::decimal), tier.text("article")))),
                set.list("sanctions", RuleSetJson::sanctionRow),
                set.list("effects", effect -> effect.build(() -> new EffectPeriod(effect.enumOf("measure", Measure.class),
                        effect.enumOf("kind", RestrictionKind.class), effect.optional("period", Node::period),
                        effect.text("article")))),
                set.object("ban", ban -> ban.build(() -> new BanTerm(ban.integer("minimumYears"), ban.text("article")))),
                set.object("clawBack", claw -> claw.build(() -> new ClawBackTerms(claw.integer("termIncentiveYears"),
                        claw.text("termIncentiveArticle"), claw.text("departedStaffArticle"),
                        claw.text("deductionsNotSummedArticle")))),
                set.object("articles", refs -> refs.build(() -> new ArticleRefs(refs.text("aggravation"),
                        refs.text("faultTolerance"), refs.text("disciplinaryOverlap")))),
                set.optional("reporting", clocks -> clocks.build(() -> new ReportingClocks(clocks.integer("flashDays"),
                        clocks.integer("realTimeDays"), clocks.integer("preliminaryDays"), clocks.integer("extensionMaxDays"),
                        clocks.text("source"), clocks.bool("reviewed")))),
                set.optional("circumstanceCatalogue", Node::string), set.optional("exemptionList", Node::string)));
    }

    public static void write(RuleSet set, OutputStream out) {
        JsonObjectBuilder root = Json.createObjectBuilder()
                .add("code", set.code())
                .add("issuer", set.issuer())
                .add("title", set.title())
                .add("effectiveFrom", set.effectiveFrom().toString())
                .add("filingDate", orNull(set.filingDate(), LocalDate::toString))
                .add("status", set.status().name())
                .add("tablesReviewed", set.tablesReviewed())
                .add("lossLevels", array(set.lossLevels(), tier -> Json.createObjectBuilder()
                        .add("level", tier.level().name())
                        .add("amountFrom", tier.amountFrom().toPlainString())
                        .add("shareFrom", orNull(tier.shareFrom(), BigDecimal::toPlainString))
                        .add("article", tier.article())))
                .add("sanctions", array(set.sanctions(), RuleSetJson::sanctionRow))
                .add("effects", array(set.effects(), effect -> Json.createObjectBuilder()
                        .add("measure", effect.measure().name())
                        .add("kind", effect.kind().name())
                        .add("period", orNull(effect.period(), Period::toString))
                        .add("article", effect.article())))
                .add("ban", Json.createObjectBuilder()
                        .add("minimumYears", set.ban().minimumYears())
                        .add("article", set.ban().article()))
                .add("clawBack", Json.createObjectBuilder()
                        .add("termIncentiveYears", set.clawBack().termIncentiveYears())
                        .add("termIncentiveArticle", set.clawBack().termIncentiveArticle())
                        .add("departedStaffArticle", set.clawBack().departedStaffArticle())
                        .add("deductionsNotSummedArticle", set.clawBack().deductionsNotSummedArticle()))
                .add("articles", Json.createObjectBuilder()
                        .add("aggravation", set.articles().aggravation())
                        .add("faultTolerance", set.articles().faultTolerance())
                        .add("disciplinaryOverlap", set.articles().disciplinaryOverlap()))
                .add("reporting", orNull(set.reporting(), clocks -> Json.createObjectBuilder()
                        .add("flashDays", clocks.flashDays())
                        .add("realTimeDays", clocks.realTimeDays())
                        .add("preliminaryDays", clocks.preliminaryDays())
                        .add("extensionMaxDays", clocks.extensionMaxDays())
                        .add("source", clocks.source())
                        .add("reviewed", clocks.reviewed()).build()))
                .add("circumstanceCatalogue", orNull(set.circumstanceCatalogue(), code -> code))
                .add("exemptionList", orNull(set.exemptionList(), code -> code));
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)) {
            writer.writeObject(root.build());
        }
    }

    private static SanctionRow sanctionRow(Node row) {
        return row.build(() -> new SanctionRow(row.enumOf("level", LossLevel.class),
                new HashSet<>(row.list("responsibilities", item -> item.enumValue(Responsibility.class))),
                row.list("measures", item -> item.enumValue(Measure.class)),
                row.optional("performanceSalaryPercent", Node::range), row.optional("termIncentivePercent", Node::range),
                row.bool("deferPerformanceSalary"), row.bool("endUnexercisedRights"),
                row.optional("handBackYears", Node::integer), row.optional("incentiveBarYears", Node::integer),
                row.bool("incentiveBarPermanent"), row.text("article")));
    }

    private static JsonObjectBuilder sanctionRow(SanctionRow row) {
        return Json.createObjectBuilder()
                .add("level", row.level().name())
                .add("responsibilities", array(row.responsibilities().stream()
                        .sorted(Comparator.naturalOrder()).toList(), r -> Json.createValue(r.name())))
                .add("measures", array(row.measures(), m -> Json.createValue(m.name())))
                .add("performanceSalaryPercent", range(row.performanceSalaryPercent()))
                .add("termIncentivePercent", range(row.termIncentivePercent()))
                .add("deferPerformanceSalary", row.deferPerformanceSalary())
                .add("endUnexercisedRights", row.endUnexercisedRights())
                .add("handBackYears", orNull(row.handBackYears(), years -> Json.createValue(years.intValue())))
                .add("incentiveBarYears", orNull(row.incentiveBarYears(), years -> Json.createValue(years.intValue())))
                .add("incentiveBarPermanent", row.incentiveBarPermanent())
                .add("article", row.article());
    }

    private static JsonValue range(PercentRange range) {
        return range == null ? JsonValue.NULL : Json.createObjectBuilder()
                .add("min", range.min().toPlainString())
                .add("max", range.max().toPlainString())
                .build();
    }

    private static <T> JsonArrayBuilder array(List<T> items, Function<T, ?> toJson) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (T item : items) {
            Object json = toJson.apply(item);
            if (json instanceof JsonObjectBuilder builder) {
                array.add(builder);
            } else {
                array.add((JsonValue) json);
            }
        }
        return array;
    }

    private static <T> JsonValue orNull(T value, Function<T, ?> toJson) {
        if (value == null) {
            return JsonValue.NULL;
        }
        Object json = toJson.apply(value);
        return json instanceof String text ? Json.createValue(text) : (JsonValue) json;
    }

    /** A JSON value with its path, so that every complaint names where in the document it is. */
    private record Node(JsonValue value, String path) {

        <T> T build(Supplier<T> constructor) {
            try {
                return constructor.get();
            } catch (RuleInputException e) {
                if (e.field().startsWith("$")) {
                    throw e;
                }
                throw new RuleInputException(path + "." + e.field(), e.bundleKey(), e.getMessage());
            }
        }

        Node child(String name) {
            JsonObject object = as(JsonObject.class);
            JsonValue child = object.get(name);
            return new Node(child == null ? JsonValue.NULL : child, path + "." + name);
        }

        <T> T optional(String name, Function<Node, T> read) {
            Node child = child(name);
            return child.value == JsonValue.NULL ? null : read.apply(child);
        }

        <T> T object(String name, Function<Node, T> read) {
            return read.apply(child(name));
        }

        <T> List<T> list(String name, Function<Node, T> read) {
            Node child = child(name);
            JsonArray array = child.as(JsonArray.class);
            List<T> items = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                items.add(read.apply(new Node(array.get(i), child.path + "[" + i + "]")));
            }
            return items;
        }

        String text(String name) {
            return child(name).string();
        }

        boolean bool(String name) {
            Node child = child(name);
            if (child.value == JsonValue.TRUE || child.value == JsonValue.FALSE) {
                return child.value == JsonValue.TRUE;
            }
            throw child.malformed("a boolean");
        }

        int integer(String name) {
            return child(name).integer();
        }

        int integer() {
            try {
                return as(JsonNumber.class).intValueExact();
            } catch (ArithmeticException e) {
                throw malformed("a whole number");
            }
        }

        LocalDate date(String name) {
            return child(name).date();
        }

        LocalDate date() {
            return parse(LocalDate::parse, "an ISO date");
        }

        Period period() {
            return parse(Period::parse, "an ISO-8601 period such as P6M");
        }

        BigDecimal decimal(String name) {
            return child(name).decimal();
        }

        BigDecimal decimal() {
            return parse(BigDecimal::new, "a decimal number in a string");
        }

        PercentRange range() {
            return build(() -> new PercentRange(child("min").decimal(), child("max").decimal()));
        }

        <E extends Enum<E>> E enumOf(String name, Class<E> type) {
            return child(name).enumValue(type);
        }

        <E extends Enum<E>> E enumValue(Class<E> type) {
            return parse(text -> Enum.valueOf(type, text), "one of " + EnumSet.allOf(type));
        }

        private String string() {
            return as(JsonString.class).getString();
        }

        private <T> T parse(Function<String, T> parser, String expected) {
            String text = string();
            try {
                return parser.apply(text);
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw malformed(expected);
            }
        }

        private <T extends JsonValue> T as(Class<T> type) {
            if (!type.isInstance(value)) {
                throw malformed(type.getSimpleName().replace("Json", "a JSON ").toLowerCase());
            }
            return type.cast(value);
        }

        private RuleInputException malformed(String expected) {
            return new RuleInputException(path, RuleInputException.RULE_SET_MALFORMED,
                    "expected " + expected + ", found " + value);
        }
    }
}
