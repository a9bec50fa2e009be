package com.soegroup.accountability.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A jboss-cli command against the integration tests' WildFly (local, so it needs no management user). */
public final class ServerCli {

    private ServerCli() {
    }

    /** Runs the command and answers its output; fails the test when the command fails. */
    public static String run(String command) {
        Path home = Path.of(TestEnvironment.required("jboss.home"));
        int port = Integer.getInteger("accountability.it.managementPort", 10090);
        try {
            Process process = new ProcessBuilder(List.of(home.resolve("bin/jboss-cli.sh").toString(), "-c",
                    "--controller=localhost:" + port, "--command=" + command)).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0 || !output.contains("\"success\"")) {
                throw new AssertionError("jboss-cli " + command + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
