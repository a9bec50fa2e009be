package com.soegroup.accountability.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The server.log of the WildFly the integration tests run against (Failsafe runs every IT in one JVM against one
 * server, so it holds what the whole suite made the server log so far). A test marks where it starts and reads what
 * was logged since.
 */
public final class ServerLog {

    private ServerLog() {
    }

    public static Path path() {
        return Path.of(TestEnvironment.required("jboss.home"), "standalone", "log", "server.log");
    }

    /** Every line logged so far (the log is not rotated within a run: WildFly's periodic handler rotates daily). */
    public static List<String> lines() {
        try {
            return Files.readAllLines(path(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many lines the log has now: a mark to read from with {@link #since(int)}. */
    public static int mark() {
        return lines().size();
    }

    public static List<String> since(int mark) {
        List<String> all = lines();
        return all.subList(Math.min(mark, all.size()), all.size());
    }

    /** Lines since the mark that contain the text. */
    public static long count(int mark, String text) {
        return since(mark).stream().filter(line -> line.contains(text)).count();
    }
}
