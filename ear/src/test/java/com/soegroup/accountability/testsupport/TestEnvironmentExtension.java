package com.soegroup.accountability.testsupport;

import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.event.suite.BeforeSuite;

/**
 * Starts the {@link TestEnvironment} (database, directory, configured server) before Arquillian sets up
 * and starts the WildFly container, whatever test class runs first.
 */
public class TestEnvironmentExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Starter.class);
    }

    public static class Starter {
        public void start(@Observes(precedence = 1000) BeforeSuite event) {
            TestEnvironment.start();
        }
    }
}
