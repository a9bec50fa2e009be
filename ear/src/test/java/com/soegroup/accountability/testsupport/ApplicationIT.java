package com.soegroup.accountability.testsupport;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the integration tests that call the application from outside, as users and other systems do:
 * the real EAR deployed into the WildFly that config/install.sh configured, against PostgreSQL and LDAP.
 * A test class extends this and talks to the application through {@link Api} or a browser.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class ApplicationIT {

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.ear();
    }
}
