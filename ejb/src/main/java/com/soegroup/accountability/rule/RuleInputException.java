package com.soegroup.accountability.rule;

/**
 * Input the rules cannot evaluate (a negative loss, a third decimal, a ban shorter than M§27(3) allows, an
 * inconsistent rule set). Carries the offending field and a bundle key so the service layer can answer with
 * api.md's 400 body without parsing messages; the message itself is for the log.
 */
public final class RuleInputException extends IllegalArgumentException {

    public static final String REQUIRED = "RuleInput.required";
    public static final String NEGATIVE = "RuleInput.negative";
    public static final String NOT_POSITIVE = "RuleInput.notPositive";
    public static final String TOO_MANY_DECIMALS = "RuleInput.tooManyDecimals";
    public static final String PERCENT_OUT_OF_RANGE = "RuleInput.percentOutOfRange";
    public static final String BAN_TERM = "RuleInput.banTerm";
    public static final String YEAR_OUTSIDE_WINDOW = "RuleInput.yearOutsideWindow";
    public static final String RULE_SET_INCONSISTENT = "RuleInput.ruleSetInconsistent";
    public static final String RULE_SET_MALFORMED = "RuleInput.ruleSetMalformed";

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String bundleKey;

    public RuleInputException(String field, String bundleKey, String detail) {
        super(field + ": " + bundleKey + (detail == null ? "" : " (" + detail + ")"));
        this.field = field;
        this.bundleKey = bundleKey;
    }

    public String field() {
        return field;
    }

    public String bundleKey() {
        return bundleKey;
    }
}
