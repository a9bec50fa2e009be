package com.soegroup.accountability.org;

/**
 * What a people list is narrowed to: a text in the name or employee number, an enterprise (by its tree
 * path, resolved in the scope by the service) with or without its subsidiaries, a status. Nulls mean "any".
 */
public record PersonFilter(String text, String enterprisePath, boolean includeSubsidiaries, PersonStatus status) {

    public static PersonFilter any() {
        return new PersonFilter(null, null, true, null);
    }
}
