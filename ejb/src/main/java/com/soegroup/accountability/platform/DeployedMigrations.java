package com.soegroup.accountability.platform;

import org.flywaydb.core.api.ClassProvider;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.resource.LoadableResource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;

/**
 * The migrations of one classpath location of the deployed EJB jar, for Flyway. Inside WildFly the location is a
 * {@code vfs:} URL, which Flyway can only scan through JBoss VFS, a private module of the server (a deployment
 * that uses it gets a warning that it may change without notice). A VFS directory's stream is a jar of its
 * entries, so the migrations are listed through plain {@code java.net.URL} and read through the class loader.
 */
final class DeployedMigrations implements ResourceProvider, ClassProvider<JavaMigration> {

    private final ClassLoader loader;
    private final List<LoadableResource> resources;
    private final List<Class<? extends JavaMigration>> classes;

    private DeployedMigrations(ClassLoader loader, List<LoadableResource> resources,
                               List<Class<? extends JavaMigration>> classes) {
        this.loader = loader;
        this.resources = resources;
        this.classes = classes;
    }

    /**
     * The migrations under {@code path} (e.g. "db/migration") when they are deployed in WildFly; empty elsewhere
     * (a plain directory or jar, which Flyway scans itself).
     */
    static Optional<DeployedMigrations> in(String path, ClassLoader loader) {
        URL url = loader.getResource(path);
        if (url == null || !"vfs".equals(url.getProtocol())) {
            return Optional.empty();
        }
        List<LoadableResource> resources = new ArrayList<>();
        List<Class<? extends JavaMigration>> classes = new ArrayList<>();
        // VFS answers a directory's stream as a JarInputStream of its entries (not the bytes of a jar)
        try (InputStream stream = url.openStream();
             JarInputStream entries = stream instanceof JarInputStream jar ? jar : new JarInputStream(stream)) {
            for (JarEntry entry = entries.getNextJarEntry(); entry != null; entry = entries.getNextJarEntry()) {
                String name = entry.getName();
                if (entry.isDirectory() || name.contains("/")) {
                    continue;
                }
                if (name.endsWith(".class")) {
                    if (!name.contains("$")) {
                        classes.add(migrationClass(path, name, loader));
                    }
                } else {
                    resources.add(new Script(path + "/" + name, loader));
                }
            }
        } catch (IOException e) {
            throw new FlywayException("Could not list the migrations in " + url, e);
        }
        if (resources.isEmpty() && classes.isEmpty()) {
            // an empty list would let Flyway report an up-to-date schema on a database it never touched
            throw new FlywayException("No migrations found in " + url);
        }
        return Optional.of(new DeployedMigrations(loader, List.copyOf(resources), List.copyOf(classes)));
    }

    private static Class<? extends JavaMigration> migrationClass(String path, String file, ClassLoader loader) {
        String name = path.replace('/', '.') + "." + file.substring(0, file.length() - ".class".length());
        try {
            return Class.forName(name, false, loader).asSubclass(JavaMigration.class);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new FlywayException("Not a Java migration: " + name, e);
        }
    }

    @Override
    public LoadableResource getResource(String name) {
        return loader.getResource(name) == null ? null : new Script(name, loader);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return resources.stream()
                .filter(r -> r.getFilename().startsWith(prefix))
                .filter(r -> Arrays.stream(suffixes).anyMatch(r.getFilename()::endsWith))
                .toList();
    }

    @Override
    public Collection<Class<? extends JavaMigration>> getClasses() {
        return classes;
    }

    /** A script read through the class loader, as UTF-8. */
    private static final class Script extends LoadableResource {

        private final String path;
        private final ClassLoader loader;

        Script(String path, ClassLoader loader) {
            this.path = path;
            this.loader = loader;
        }

        @Override
        public Reader read() {
            InputStream in = loader.getResourceAsStream(path);
            if (in == null) {
                throw new UncheckedIOException(new IOException(path + " is not on the class path"));
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        @Override
        public String getAbsolutePath() {
            return path;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return path;
        }

        @Override
        public String getFilename() {
            return path.substring(path.lastIndexOf('/') + 1);
        }

        @Override
        public String getRelativePath() {
            return getFilename();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Script script && script.path.equals(path);
        }

        @Override
        public int hashCode() {
            return path.hashCode();
        }
    }
}
