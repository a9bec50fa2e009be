package com.soegroup.accountability.rule;

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
}
