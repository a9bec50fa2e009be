package com.soegroup.accountability.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that runs after all others of the suite ({@link SuiteOrder}), in ascending {@link #value()}: tests
 * that stop parts of the stack, and the check of everything the suite made the server log.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RunsLast {

    /** The place among the classes that run last (lower first). */
    int value();
}
