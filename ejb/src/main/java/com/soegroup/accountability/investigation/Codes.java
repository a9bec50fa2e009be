package com.soegroup.accountability.investigation;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Enum sets stored as comma-separated names. */
final class Codes {

    private Codes() {
    }

    static String join(Collection<? extends Enum<?>> codes) {
        return codes == null || codes.isEmpty() ? null : codes.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> split(String text, Class<E> type) {
        Set<E> codes = EnumSet.noneOf(type);
        if (text != null && !text.isBlank()) {
            Arrays.stream(text.split(",")).map(String::strip).forEach(name -> codes.add(Enum.valueOf(type, name)));
        }
        return codes;
    }
}
