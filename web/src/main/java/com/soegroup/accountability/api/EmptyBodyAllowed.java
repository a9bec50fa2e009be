package com.soegroup.accountability.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a body parameter: a request without a body (or with {@code null}) is read as {@code {}} instead of being
 * refused, for the calls whose answer to a missing field already says everything.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface EmptyBodyAllowed {
}
