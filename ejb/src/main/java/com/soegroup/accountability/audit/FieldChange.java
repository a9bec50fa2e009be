package com.soegroup.accountability.audit;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One changed field of an audited write: its name and the old and new values as text (null when empty). */
public record FieldChange(String field, String oldValue, String newValue) implements Serializable {

    /**
     * The fields whose values differ between {@code before} and {@code after} (same keys, in the order of
     * {@code after}); values compared as text, so 1.0 and 1.00 differ only if written differently.
     */
    public static List<FieldChange> diff(Map<String, ?> before, Map<String, ?> after) {
        List<FieldChange> changes = new ArrayList<>();
        for (Map.Entry<String, ?> entry : after.entrySet()) {
            String old = text(before.get(entry.getKey()));
            String now = text(entry.getValue());
            if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(entry.getKey(), old, now));
            }
        }
        return changes;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
