package com.soegroup.accountability.testsupport;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

import java.util.Comparator;

/**
 * The order of the test classes (junit-platform.properties): as Failsafe found them, except those marked
 * {@link RunsLast}, which go to the end. Failsafe hands JUnit every class of the suite in one request, so this
 * order holds for the whole run of {@code ./mvnw verify}.
 */
public class SuiteOrder implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparingInt(SuiteOrder::place));
    }

    private static int place(ClassDescriptor descriptor) {
        return descriptor.findAnnotation(RunsLast.class).map(last -> 1 + last.value()).orElse(0);
    }
}
