package com.soegroup.accountability.testsupport;

import org.postgresql.Driver;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The parts the application needs around it, started together: a PostgreSQL, the demo LDAP directory and a
 * WildFly configured for both by config/install.sh. The integration tests and the demo both start one; they
 * differ only in ports, where the data lives and whether a server left from the last run is reused.
 */
public final class Stack implements AutoCloseable {

    public static final String DATABASE = "accountability";
    public static final String BASE_DN = "dc=demo,dc=soegroup,dc=cn";

    private final LocalPostgres postgres;
    private final DirectoryServer directory;
    private final WildFlyServer wildfly;

    private Stack(LocalPostgres postgres, DirectoryServer directory, WildFlyServer wildfly) {
        this.postgres = postgres;
        this.directory = directory;
        this.wildfly = wildfly;
    }

    /**
     * @param settings where things are and which ports to use
     * @param fresh    true: unpack a pristine server; false: keep a server unpacked earlier (either way the
     *                 scripts then add whatever configuration it lacks)
     */
    public static Stack start(Settings settings, boolean fresh) {
        Properties stored = new Properties();
        LocalPostgres postgres = LocalPostgres.start(settings.databaseDir(), settings.databasePort(), DATABASE,
                "accountability", "accountability");
        DirectoryServer directory = DirectoryServer.start(BASE_DN, settings.configDir().resolve("demo-directory.ldif"),
                settings.ldapPort());
        WildFlyServer wildfly = new WildFlyServer(settings.jbossHome(), settings.configDir());
        if (fresh || !wildfly.isUnpacked()) {
            wildfly.unpackFresh(settings.wildflyZip());
        }
        // The scripts add only what is missing, so a server kept from an earlier run gets settings added since.
        stored.setProperty("acc.db.driverJar", postgresDriverJar().toString());
        stored.setProperty("acc.db.url", postgres.jdbcUrl(DATABASE));
        stored.setProperty("acc.ldap.url", directory.url());
        stored.setProperty("acc.mail.port", Integer.toString(settings.mailPort()));
        stored.setProperty("acc.app.baseUrl", settings.baseUrl());
        wildfly.configure(stored, settings.workDir());
        return new Stack(postgres, directory, wildfly);
    }

    public LocalPostgres postgres() {
        return postgres;
    }

    public WildFlyServer wildfly() {
        return wildfly;
    }

    public DirectoryServer directory() {
        return directory;
    }

    @Override
    public void close() {
        directory.close();
        postgres.close();
    }

    private static Path postgresDriverJar() {
        try {
            return Path.of(Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where the stack lives and listens. */
    public record Settings(Path jbossHome, Path wildflyZip, Path configDir, Path workDir, Path databaseDir,
                           int databasePort, int ldapPort, int mailPort, String baseUrl) {
    }
}
