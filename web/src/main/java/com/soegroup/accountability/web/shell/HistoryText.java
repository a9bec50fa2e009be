package com.soegroup.accountability.web.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a history line keeps about an act ({@code handler=zhaogang; deadline=2026-12-10}, written by the
 * services as keys and codes) into a sentence in the reader's language: 承办人：赵刚；办理期限：2026-12-10. It
 * renders at display time from the stored keys and codes, so every line ever written reads in Chinese and in
 * English alike, and a line of a kind this class does not know still reads: a key without a label shows as it
 * is, a value that is no known code stays as written.
 * <p>
 * Labels are {@code history.field.<key>}; a value that is a code of one of the key's types (or, for an unknown
 * key, of any type listed here) shows its bundle text {@code <Type>.<CODE>}; people, employees and enterprises
 * show their names.
 */
public final class HistoryText {

    /** Who a code names. */
    public interface Names {
        String person(String userId);

        String employee(String employeeNo);

        String enterprise(String code);
    }

    private enum Kind { PERSON, EMPLOYEE, ENTERPRISE, BOOLEAN, DAYS, TEXT }

    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("user", Kind.PERSON), Map.entry("leader", Kind.PERSON), Map.entry("by", Kind.PERSON),
            Map.entry("subject", Kind.EMPLOYEE), Map.entry("responsible", Kind.EMPLOYEE),
            Map.entry("to", Kind.ENTERPRISE), Map.entry("proposed", Kind.ENTERPRISE), Map.entry("confirmed", Kind.ENTERPRISE),
            Map.entry("enterprise", Kind.ENTERPRISE), Map.entry("unit", Kind.ENTERPRISE), Map.entry("owner", Kind.ENTERPRISE),
            Map.entry("lossEnterprise", Kind.ENTERPRISE),
            Map.entry("duplicatesOf", Kind.ENTERPRISE), Map.entry("supervised", Kind.BOOLEAN), Map.entry("withdrawn", Kind.BOOLEAN),
            Map.entry("contingent", Kind.BOOLEAN), Map.entry("assetsMissing", Kind.BOOLEAN),
            Map.entry("ownerInstitution", Kind.BOOLEAN), Map.entry("takenByOwnerInstitution", Kind.BOOLEAN),
            Map.entry("givenBy", Kind.ENTERPRISE), Map.entry("conflict", Kind.BOOLEAN), Map.entry("overdue", Kind.BOOLEAN),
            Map.entry("interval", Kind.DAYS),
            Map.entry("handler", Kind.TEXT), Map.entry("reference", Kind.TEXT), Map.entry("organ", Kind.TEXT),
            Map.entry("department", Kind.TEXT), Map.entry("sanction", Kind.TEXT), Map.entry("reviewer", Kind.TEXT),
            Map.entry("opinion", Kind.TEXT), Map.entry("reason", Kind.TEXT), Map.entry("ldapUserId", Kind.TEXT),
            Map.entry("text", Kind.TEXT), Map.entry("q", Kind.TEXT), Map.entry("title", Kind.TEXT),
            Map.entry("fileName", Kind.TEXT), Map.entry("file", Kind.TEXT), Map.entry("summary", Kind.TEXT),
            Map.entry("persons", Kind.TEXT), Map.entry("proposedHandling", Kind.TEXT), Map.entry("rectification", Kind.TEXT),
            Map.entry("channel", Kind.TEXT), Map.entry("recipient", Kind.TEXT), Map.entry("days", Kind.DAYS),
            Map.entry("violations", Kind.TEXT), Map.entry("nameEnterprise", Kind.BOOLEAN));

    /** The code types a key's values belong to, tried in order. */
    private static final Map<String, List<String>> CODES = Map.ofEntries(
            Map.entry("kind", List.of("TransferKind", "ReferralKind", "LossKind", "IncidentKind", "CircularKind")),
            Map.entry("roles", List.of("Role")),
            Map.entry("trigger", List.of("IncidentTrigger")),
            Map.entry("outcome", List.of("Outcome")),
            Map.entry("measures", List.of("Measure")),
            Map.entry("deviation", List.of("Deviation")),
            Map.entry("responsibility", List.of("Responsibility")),
            Map.entry("exclusions", List.of("Exclusion")),
            Map.entry("conditions", List.of("MitigatingCondition")),
            Map.entry("role", List.of("TeamRole", "Role")),
            Map.entry("result", List.of("AppealStatus")),
            Map.entry("level", List.of("LossLevel")),
            Map.entry("source", List.of("DeductionSource", "ClueSource", "RectificationSource")),
            Map.entry("status", List.of("ClueStatus", "InvestigationStatus", "DecisionStatus", "RectificationStatus")),
            Map.entry("measure", List.of("RectificationMeasure", "Measure")),
            Map.entry("circumstances", List.of("HeadCircumstance")),
            Map.entry("aggravating", List.of("Aggravating")),
            Map.entry("basis", List.of("EvidenceBasis")),
            Map.entry("format", List.of("ExportFormat")),
            Map.entry("method", List.of("RecoveryMethod")),
            Map.entry("irrecoverable", List.of("IrrecoverableStatus")),
            Map.entry("organKind", List.of("OrganKind")));

    /** For keys this class does not know: the code types a value may belong to. */
    private static final List<String> ANY_CODE = List.of("ClueStatus", "InvestigationStatus", "DecisionStatus",
            "Outcome", "Measure", "Deviation", "Responsibility", "Exclusion", "MitigatingCondition", "TeamRole",
            "AppealStatus", "LossLevel", "TransferKind", "ReferralKind", "LossKind", "DeductionSource", "ClueSource",
            "Role", "AuditAction", "RectificationStatus", "RectificationSource", "RectificationMeasure",
            "DrillTarget", "CaseFigure", "IncidentKind", "IncidentState", "IncidentTrigger", "CircularKind", "CircularState");

    private static final Pattern FILTER_PAIR = Pattern.compile("(\\w+)=(.*?)(?=\\s\\w+=|$)");

    private final Function<String, String> bundle;
    private final Names names;

    /**
     * @param bundle the reader's bundle: the text of a key, or null when it has none
     * @param names  names for the codes of people and enterprises
     */
    public HistoryText(Function<String, String> bundle, Names names) {
        this.bundle = bundle;
        this.names = names;
    }

    /** The details of a history line as a sentence; empty for none. */
    public String details(String details) {
        if (details == null || details.isBlank()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String part : details.split(";\\s*")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                if (!part.isBlank()) {
                    parts.add(part.strip());
                }
                continue;
            }
            String key = part.substring(0, eq).strip();
            String value = part.substring(eq + 1).strip();
            if (value.isEmpty() || "null".equals(value) || "[]".equals(value)) {
                continue;
            }
            parts.add(label(key) + text("history.colon", ": ") + value(key, value));
        }
        return String.join(text("history.separator", "; "), parts);
    }

    /**
     * A list's filter as the audit trail keeps it ({@code enterprise=YBJS+ source=[REPORT] text=预付 款}: pairs
     * separated by spaces, values may hold spaces) as a sentence.
     */
    public String filter(String described) {
        if (described == null || described.isBlank()) {
            return "";
        }
        Matcher m = FILTER_PAIR.matcher(described.strip());
        List<String> pairs = new ArrayList<>();
        while (m.find()) {
            // a list's from/to are dates it was received between, not a transfer's receiving unit
            String key = switch (m.group(1)) {
                case "from" -> "receivedFrom";
                case "to" -> "receivedTo";
                default -> m.group(1);
            };
            pairs.add(key + "=" + m.group(2).strip());
        }
        return pairs.isEmpty() ? described : details(String.join("; ", pairs));
    }

    /** The label of a field, or the key itself for a field the bundle does not name. */
    public String label(String key) {
        String label = bundle.apply("history.field." + key);
        return label == null ? key : label;
    }

    /** A value of {@code key} as a person reads it. */
    public String value(String key, String value) {
        if (value == null) {
            return "";
        }
        Kind kind = KINDS.get(key);
        if (kind != null) {
            return switch (kind) {
                case PERSON -> names.person(value);
                case EMPLOYEE -> names.employee(value);
                case ENTERPRISE -> value.endsWith("+")
                        ? text("history.withSubsidiaries", "{0} +").replace("{0}", names.enterprise(value.substring(0, value.length() - 1)))
                        : names.enterprise(value);
                case BOOLEAN -> "true".equals(value) ? text("history.yes", "yes") : "false".equals(value) ? text("history.no", "no") : value;
                case DAYS -> value.matches("\\d+") ? text("history.days", "{0} days").replace("{0}", value) : value;
                case TEXT -> value;
            };
        }
        return codes(value, CODES.getOrDefault(key, ANY_CODE));
    }

    /**
     * A code or a list of codes ({@code A}, {@code A,B}, {@code [A, B]}) in words, joined by 、; the value as it is
     * when one of its parts is no code of {@code types}.
     */
    private String codes(String value, List<String> types) {
        String inner = value.startsWith("[") && value.endsWith("]") ? value.substring(1, value.length() - 1) : value;
        List<String> texts = new ArrayList<>();
        for (String code : inner.split(",")) {
            String c = code.strip();
            if (!c.matches("[A-Z][A-Z0-9_]*")) {
                return value;
            }
            String text = null;
            for (String type : types) {
                text = bundle.apply(type + "." + c);
                if (text != null) {
                    break;
                }
            }
            if (text == null) {
                return value;
            }
            texts.add(text);
        }
        return String.join(text("history.and", ", "), texts);
    }

    private String text(String key, String fallback) {
        String text = bundle.apply(key);
        return text == null ? fallback : text;
    }
}
