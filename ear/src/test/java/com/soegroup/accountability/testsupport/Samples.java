package com.soegroup.accountability.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files the tests produced, kept in target/samples/ for a person to look at (like the browser's screenshots). */
public final class Samples {

    private Samples() {
    }

    public static void save(String name, byte[] content) {
        try {
            Path directory = Path.of(System.getProperty("accountability.work.dir", "target")).resolveSibling("samples");
            Files.createDirectories(directory);
            Files.write(directory.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
