package com.soegroup.accountability.shared;

import jakarta.enterprise.context.RequestScoped;

import java.util.function.Supplier;

/**
 * Holds the caller's scope for the rest of the request: computed once, however many queries use it. Kept per
 * user: a job that works for several people in one request (the to-do digest, as each person in turn) gets each
 * one's own scope.
 */
@RequestScoped
public class ScopeCache {

    private Scope scope;

    Scope get(String userId, Supplier<Scope> compute) {
        if (scope == null || !scope.userId().equals(userId)) {
            scope = compute.get();
        }
        return scope;
    }
}
