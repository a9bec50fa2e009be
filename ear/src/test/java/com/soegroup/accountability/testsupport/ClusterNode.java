package com.soegroup.accountability.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One WildFly of a {@link Cluster}: {@code standalone-ha.xml} configured by {@code config/install.sh --ha}, started
 * by {@code bin/standalone.sh} with a port offset and its node name, the EAR deployed by the deployment scanner
 * when it starts.
 */
public final class ClusterNode {

    private final String name;
    private final WildFlyServer server;
    private final int portOffset;
    private Process launcher;
    /** Where the log of the first start begins (before it: the configuration's embedded server). */
    private long logStart = -1;

    ClusterNode(String name, WildFlyServer server, int portOffset) {
        this.name = name;
        this.server = server;
        this.portOffset = portOffset;
    }

    public String name() {
        return name;
    }

    public int httpPort() {
        return 8080 + portOffset;
    }

    public int managementPort() {
        return 9990 + portOffset;
    }

    /** The port the node's JGroups TCP transport listens on (7600 shifted by the offset). */
    public int jgroupsPort() {
        return 7600 + portOffset;
    }

    /** The application's address on this node alone. */
    public String baseUrl() {
        return "http://localhost:" + httpPort() + "/accountability";
    }

    /** The management address, as the CLI's --controller takes it. */
    public String controller() {
        return "remote+http://127.0.0.1:" + managementPort();
    }

    public Path home() {
        return server.home();
    }

    WildFlyServer server() {
        return server;
    }

    public Path serverLog() {
        return server.home().resolve("standalone/log/server.log");
    }

    /** What the node logged since it was first started (server.log; the configuration's lines left out). */
    public String log() {
        return logSince(Math.max(logStart, 0));
    }

    /** Where the log ends now: {@link #logSince} answers what comes after. */
    public long logMark() {
        try {
            return Files.exists(serverLog()) ? Files.size(serverLog()) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the node logged after the mark. */
    public String logSince(long mark) {
        try {
            if (logStart < 0 || !Files.exists(serverLog())) {
                return "";
            }
            byte[] all = Files.readAllBytes(serverLog());
            int from = (int) Math.min(mark, all.length);
            return new String(all, from, all.length - from, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs one command of the WildFly CLI against this node's management interface (local authentication: the
     * test runs as the user that started the server) and answers its output.
     */
    public String cli(String command) {
        try {
            Process process = new ProcessBuilder(server.home().resolve("bin/jboss-cli.sh").toString(), "-c",
                    "--controller=" + controller(), "--command=" + command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("CLI on " + name + " failed: " + command + "\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Puts the EAR into deployments/, where the scanner deploys it when the server starts. */
    void deployAtStart(Path ear) {
        Path deployments = server.home().resolve("standalone/deployments");
        try {
            for (String marker : List.of(".deployed", ".failed", ".undeployed", ".isdeploying", ".pending")) {
                Files.deleteIfExists(deployments.resolve("accountability.ear" + marker));
            }
            Files.copy(ear, deployments.resolve("accountability.ear"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server (returns at once; {@link #awaitDeployed} waits for the application). */
    public void start() {
        Path deployments = server.home().resolve("standalone/deployments");
        try {
            for (String marker : List.of(".deployed", ".failed")) {
                Files.deleteIfExists(deployments.resolve("accountability.ear" + marker));
            }
            Path console = server.home().resolve("standalone/log/console.log");
            Files.createDirectories(console.getParent());
            ProcessBuilder builder = new ProcessBuilder(server.home().resolve("bin/standalone.sh").toString(),
                    "-c", "standalone-ha.xml",
                    "-Djboss.socket.binding.port-offset=" + portOffset,
                    "-Djboss.node.name=" + name,
                    "-Djboss.tx.node.id=" + name)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile()));
            builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
            builder.environment().put("JBOSS_PIDFILE", pidFile().toString());
            builder.environment().put("JBOSS_JAVA_SIZING", "-Xms256m -Xmx1g");
            Files.deleteIfExists(pidFile());
            if (logStart < 0) {
                logStart = Files.exists(serverLog()) ? Files.size(serverLog()) : 0;
            }
            launcher = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the deployment scanner reports the EAR deployed; fails when it failed or the server died. */
    public void awaitDeployed(Duration atMost) {
        Path deployments = server.home().resolve("standalone/deployments");
        Instant deadline = Instant.now().plus(atMost);
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(deployments.resolve("accountability.ear.deployed"))) {
                return;
            }
            if (Files.exists(deployments.resolve("accountability.ear.failed"))) {
                throw new IllegalStateException(name + " failed to deploy the EAR; see " + serverLog());
            }
            if (launcher != null && !launcher.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting; see " + serverLog());
            }
            sleep(250);
        }
        throw new IllegalStateException(name + " did not deploy the EAR within " + atMost + "; see " + serverLog());
    }

    /** Ends the server's JVM with SIGKILL, as a crash or a pulled plug would: nothing is handed over. */
    public void kill() {
        javaProcess().ifPresent(java -> {
            java.destroyForcibly();
            java.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        });
        awaitLauncher();
    }

    /** Stops the server in the ordinary way (SIGTERM), if it runs. */
    public void stop() {
        javaProcess().ifPresent(java -> {
            java.destroy();
            try {
                java.onExit().get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                java.destroyForcibly();
            }
        });
        awaitLauncher();
    }

    public boolean isRunning() {
        return javaProcess().isPresent();
    }

    private Optional<ProcessHandle> javaProcess() {
        try {
            if (!Files.exists(pidFile())) {
                return Optional.empty();
            }
            String pid = Files.readString(pidFile()).strip();
            return pid.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitLauncher() {
        if (launcher != null) {
            try {
                launcher.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Path pidFile() {
        return server.home().resolve("standalone/wildfly.pid");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
