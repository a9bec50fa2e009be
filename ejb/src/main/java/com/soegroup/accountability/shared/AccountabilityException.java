package com.soegroup.accountability.shared;

import jakarta.ejb.ApplicationException;

import java.util.Arrays;

/**
 * What a service refuses, as a code, a bundle key for the sentence the user reads (with its arguments) and,
 * for bad input, the field. Rolls the transaction back: a refused request changes nothing.
 * The exception's own message is for the log only; users never see it. A text among the arguments is quoted
 * short ({@link Inputs#quote}): a refusal often repeats what was typed, and never all of a long input.
 */
@ApplicationException(rollback = true)
public class AccountabilityException extends RuntimeException {

    private final ErrorCode code;
    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    public AccountabilityException(ErrorCode code, String messageKey, String field, Object... arguments) {
        super(code + " " + messageKey + (field == null ? "" : " at " + field));
        this.code = code;
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = quoted(arguments);
    }

    public static AccountabilityException notFound() {
        return new AccountabilityException(ErrorCode.NOT_FOUND, ErrorCode.NOT_FOUND.bundleKey(), null);
    }

    public static AccountabilityException invalid(String field, String messageKey, Object... arguments) {
        return new AccountabilityException(ErrorCode.INVALID_INPUT, messageKey, field, arguments);
    }

    public static AccountabilityException conflict(String messageKey, Object... arguments) {
        return new AccountabilityException(ErrorCode.CONFLICT, messageKey, null, arguments);
    }

    public static AccountabilityException refused(String messageKey, Object... arguments) {
        return new AccountabilityException(ErrorCode.RULE_REFUSED, messageKey, null, arguments);
    }

    /** The record changed since the user read it (optimistic locking): nothing is overwritten. */
    public static AccountabilityException stale() {
        return stale("version");
    }

    /** As {@link #stale()}, reported against another field, or none. */
    public static AccountabilityException stale(String field) {
        return new AccountabilityException(ErrorCode.STALE_VERSION, ErrorCode.STALE_VERSION.bundleKey(), field);
    }

    public ErrorCode code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public String field() {
        return field;
    }

    private static Object[] quoted(Object[] arguments) {
        Object[] quoted = arguments.clone();
        for (int i = 0; i < quoted.length; i++) {
            if (quoted[i] instanceof String text) {
                quoted[i] = Inputs.quote(text);
            }
        }
        return quoted;
    }

    public Object[] arguments() {
        return arguments == null ? new Object[0] : Arrays.copyOf(arguments, arguments.length);
    }
}
