package com.soegroup.accountability.rule;

import java.util.Collection;
import java.util.function.Function;

/**
 * A code shared by UI, database and API (api.md "Codes") that names its sentence in the message bundle as
 * {@code <EnumType>.<CONSTANT>}, e.g. {@code LossLevel.MAJOR}, so no screen has to spell the Chinese itself.
 */
public interface BundleKeyed {

    String name();

    default String bundleKey() {
        // getDeclaringClass, not getClass: a constant with a body is an anonymous subclass
        return ((Enum<?>) this).getDeclaringClass().getSimpleName() + "." + name();
    }

    /**
     * The arguments of a sentence as a person reads them: a code becomes its text in the bundle, a collection of
     * codes their texts joined by {@code separator}; anything else stays. So that a message says "初核中", never
     * {@code CHECKING} or {@code ClueStatus.CHECKING}.
     */
    static Object[] texts(Object[] arguments, Function<String, String> text, String separator) {
        Object[] texts = arguments.clone();
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] instanceof BundleKeyed code) {
                texts[i] = text.apply(code.bundleKey());
            } else if (texts[i] instanceof Collection<?> codes && !codes.isEmpty()
                    && codes.stream().allMatch(BundleKeyed.class::isInstance)) {
                texts[i] = String.join(separator, codes.stream().map(c -> text.apply(((BundleKeyed) c).bundleKey())).toList());
            }
        }
        return texts;
    }
}
