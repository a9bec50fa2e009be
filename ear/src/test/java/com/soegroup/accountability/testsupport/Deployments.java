package com.soegroup.accountability.testsupport;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import java.io.File;

/** What the integration tests deploy: the real EAR that {@code ./mvnw package} built, as IT deploys it. */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive ear() {
        File ear = new File(TestEnvironment.required("accountability.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException(ear + " is missing: the tests run after the EAR is packaged (./mvnw verify)");
        }
        return ShrinkWrap.create(ZipImporter.class, "accountability.ear").importFrom(ear).as(EnterpriseArchive.class);
    }
}
