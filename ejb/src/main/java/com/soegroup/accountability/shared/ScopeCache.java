package com.soegroup.accountability.shared;

import jakarta.enterprise.context.RequestScoped;

import java.util.function.Supplier;

/** Holds the caller's scope for the rest of the request: computed once, however many queries use it. */
@RequestScoped
public class ScopeCache {

    private Scope scope;

    Scope get(Supplier<Scope> compute) {
        if (scope == null) {
            scope = compute.get();
        }
        return scope;
    }
}
