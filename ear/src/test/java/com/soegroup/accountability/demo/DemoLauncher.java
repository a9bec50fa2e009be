package com.soegroup.accountability.demo;

import com.soegroup.accountability.testsupport.Stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./mvnw -Pdemo}: the application with demo data on embedded parts — PostgreSQL from Maven Central's
 * binaries, the demo LDAP directory (config/demo-directory.ldif) and a WildFly configured by the same
 * config/install.sh IT runs. The database lives outside target/, so a second run keeps the data.
 * Ctrl-C stops everything this started.
 */
public final class DemoLauncher {

    static final int HTTP_PORT = 8080;
    static final int DATABASE_PORT = 15432;
    static final int LDAP_PORT = 10389;
    static final int MAIL_PORT = 2525;
    static final String URL = "http://localhost:" + HTTP_PORT + "/accountability";
    static final List<String[]> ACCOUNTS = List.of(
            new String[]{"office", "OFFICE", "责任追究工作办公室", "YBJT 示范发展集团有限公司"},
            new String[]{"leader", "LEADER", "领导小组成员", "YBJT 示范发展集团有限公司"},
            new String[]{"investigator", "INVESTIGATOR", "核查工作组成员", "YBJS 示范建设投资有限公司"},
            new String[]{"liaison", "LIAISON", "权属企业联络员", "YBJSSJ 示范建设设计院有限公司"},
            new String[]{"hr", "HR", "人力资源", "YBJT 示范发展集团有限公司"},
            new String[]{"auditor", "AUDITOR", "监事会/内部审计", "YBNY 示范能源有限公司"},
            new String[]{"admin", "ADMIN", "系统管理员", "YBJT 示范发展集团有限公司"});

    private DemoLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Path jbossHome = Path.of(System.getProperty("jboss.home"));
        Path dataDir = demoDataDir();
        System.out.println("Demo data (kept between runs): " + dataDir);
        Stack stack = Stack.start(new Stack.Settings(jbossHome, Path.of(System.getProperty("accountability.wildfly.zip")),
                Path.of(System.getProperty("accountability.config.dir")).toAbsolutePath().normalize(),
                jbossHome.getParent().resolve("work"), dataDir.resolve("postgres"),
                DATABASE_PORT, LDAP_PORT, MAIL_PORT, URL), false);

        Path deployments = jbossHome.resolve("standalone/deployments");
        for (String marker : List.of(".deployed", ".failed", ".undeployed")) {
            Files.deleteIfExists(deployments.resolve("accountability.ear" + marker));
        }
        Files.copy(Path.of(System.getProperty("accountability.ear")), deployments.resolve("accountability.ear"),
                StandardCopyOption.REPLACE_EXISTING);

        Path log = jbossHome.resolve("standalone/log/console.log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(jbossHome.resolve("bin/standalone.sh").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        // so that standalone.sh passes a stop signal on to the server instead of leaving it behind
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        Process wildfly = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(wildfly, stack), "stop-demo"));

        System.out.println("Starting WildFly (log: " + log + ") ...");
        if (!awaitDeployment(deployments, wildfly)) {
            System.err.println("The application did not start; see " + log);
            System.exit(1);
        }
        printWelcome();
        wildfly.waitFor();
    }

    private static boolean awaitDeployment(Path deployments, Process wildfly) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline) && wildfly.isAlive()) {
            if (Files.exists(deployments.resolve("accountability.ear.failed"))) {
                return false;
            }
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(URL + "/api/v1/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // the server is still starting
            }
            TimeUnit.SECONDS.sleep(1);
        }
        return false;
    }

    private static void printWelcome() {
        StringBuilder text = new StringBuilder()
                .append("\n==========================================================================\n")
                .append(" 违规经营投资责任追究系统 is running: ").append(URL).append('\n')
                .append(" Demo accounts (password = account name):\n");
        for (String[] account : ACCOUNTS) {
            text.append(String.format("   %-13s %-13s %-10s %s%n", account[0], account[1], account[2], account[3]));
        }
        text.append(" API: ").append(URL).append("/api/v1/me  (HTTP BASIC), health: ").append(URL).append("/api/v1/health\n")
                .append(" Press Ctrl-C to stop.\n")
                .append("==========================================================================\n");
        System.out.println(text);
    }

    private static void stop(Process wildfly, Stack stack) {
        System.out.println("Stopping the demo ...");
        wildfly.descendants().forEach(ProcessHandle::destroy);
        wildfly.destroy();
        try {
            if (!wildfly.waitFor(60, TimeUnit.SECONDS)) {
                wildfly.descendants().forEach(ProcessHandle::destroyForcibly);
                wildfly.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stack.close();
    }

    /** Outside target/ so that a clean build keeps the data; where PostgreSQL's user can reach it when run as root. */
    private static Path demoDataDir() {
        String configured = System.getenv("ACCOUNTABILITY_DEMO_DATA");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        if ("root".equals(System.getProperty("user.name"))) {
            return Path.of("/var/tmp/accountability-demo");
        }
        return Path.of(System.getProperty("user.home"), ".local", "share", "accountability-demo");
    }
}
