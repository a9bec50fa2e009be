package com.soegroup.accountability.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A WildFly unpacked from the wildfly-dist zip of Maven Central and configured by {@code config/install.sh}
 * — the same scripts, in the same order, that the group's IT runs against its own server.
 */
public final class WildFlyServer {

    private final Path home;
    private final Path configDir;

    public WildFlyServer(Path home, Path configDir) {
        this.home = home;
        this.configDir = configDir;
    }

    public Path home() {
        return home;
    }

    public boolean isUnpacked() {
        return Files.exists(home.resolve("jboss-modules.jar"));
    }

    /** Replaces whatever is at {@code home} by a pristine server from the zip. */
    public void unpackFresh(Path distributionZip) {
        try {
            if (Files.exists(home)) {
                try (var paths = Files.walk(home)) {
                    for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            Path root = home.getParent();
            Files.createDirectories(root);
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(distributionZip))) {
                ZipEntry entry;
                while ((entry = zip.getNextEntry()) != null) {
                    Path path = root.resolve(entry.getName()).normalize();
                    if (!path.startsWith(root)) {
                        continue;
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(path);
                    } else {
                        Files.createDirectories(path.getParent());
                        Files.copy(zip, path, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            try (var scripts = Files.list(home.resolve("bin"))) {
                for (Path script : scripts.filter(p -> p.toString().endsWith(".sh")).toList()) {
                    script.toFile().setExecutable(true, false);
                }
            }
            if (!isUnpacked()) {
                throw new IllegalStateException(distributionZip + " did not unpack to " + home);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack WildFly from " + distributionZip, e);
        }
    }

    /**
     * Runs {@code config/install.sh --offline} with the properties of {@code config/demo.properties},
     * overridden by {@code overrides}; the properties file actually used is kept in {@code workDir}.
     */
    public void configure(Properties overrides, Path workDir) {
        configure(overrides, workDir, List.of());
    }

    /** The same, with more options of install.sh after {@code --offline}, e.g. {@code --ha} for a node of a cluster. */
    public void configure(Properties overrides, Path workDir, List<String> options) {
        try {
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(configDir.resolve("demo.properties"))) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            properties.putAll(overrides);
            Files.createDirectories(workDir);
            Path propertiesFile = workDir.resolve("accountability.properties");
            try (OutputStream out = Files.newOutputStream(propertiesFile)) {
                properties.store(out, "Generated from config/demo.properties for " + home);
            }
            Path log = workDir.resolve("install-cli.log");
            List<String> command = new ArrayList<>(List.of("bash", configDir.resolve("install.sh").toString(),
                    home.toString(), propertiesFile.toString(), "--offline"));
            command.addAll(options);
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("config/install.sh timed out; see " + log);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("config/install.sh failed; see " + log + ":\n" + Files.readString(log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
