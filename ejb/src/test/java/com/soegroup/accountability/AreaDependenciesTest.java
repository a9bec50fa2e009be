package com.soegroup.accountability;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The areas point one way (README "The shape of an area"): the engine and the base areas import no case area, and
 * no two areas import each other, directly or round a longer loop. A loop lets a change in one area break another
 * one that seemed unrelated, and it is how a "small" call across areas starts; the compiler never objects, so this
 * reads the imports of the sources.
 */
class AreaDependenciesTest {

    private static final Path SOURCES = Path.of("src/main/java/com/soegroup/accountability");
    private static final Pattern IMPORT =
            Pattern.compile("^import (?:static )?com\\.soegroup\\.accountability\\.(\\w+)\\.", Pattern.MULTILINE);

    /** What the engine and the base areas may import: nothing of the cases. */
    private static final Map<String, Set<String>> BASE = Map.of(
            "rule", Set.of(),
            "shared", Set.of("rule"),
            "audit", Set.of("rule", "shared"),
            "mail", Set.of("rule", "shared"),
            "org", Set.of("audit", "rule", "shared"),
            "ruleset", Set.of("audit", "org", "rule", "shared"));

    @Test
    void theEngineAndTheBaseAreasImportNoCaseArea() throws IOException {
        Map<String, Set<String>> imports = imports();
        Map<String, Set<String>> beyond = new TreeMap<>();
        BASE.forEach((area, allowed) -> {
            Set<String> extra = new TreeSet<>(imports.getOrDefault(area, Set.of()));
            extra.removeAll(allowed);
            if (!extra.isEmpty()) {
                beyond.put(area, extra);
            }
        });
        assertEquals(Map.of(), beyond, "base areas importing beyond what they may");
    }

    @Test
    void noTwoAreasImportEachOtherEvenRoundALoop() throws IOException {
        Map<String, Set<String>> imports = imports();
        List<String> loops = new ArrayList<>();
        for (String area : imports.keySet()) {
            List<String> loop = loopBackTo(area, imports);
            if (loop != null) {
                loops.add(String.join(" → ", loop));
            }
        }
        assertEquals(List.of(), loops, "areas importing each other");
    }

    @Test
    void everyAreaSaysWhatItOwns() throws IOException {
        List<String> silent = new ArrayList<>();
        try (Stream<Path> areas = Files.list(SOURCES)) {
            areas.filter(Files::isDirectory)
                    .filter(area -> !Files.exists(area.resolve("package-info.java")))
                    .forEach(area -> silent.add(area.getFileName().toString()));
        }
        assertEquals(List.of(), silent, "areas without a package-info.java");
    }

    /** The shortest chain of imports from {@code start} back to itself, or null. */
    private static List<String> loopBackTo(String start, Map<String, Set<String>> imports) {
        Map<String, String> reachedFrom = new TreeMap<>();
        Deque<String> queue = new ArrayDeque<>(imports.getOrDefault(start, Set.of()));
        imports.getOrDefault(start, Set.of()).forEach(next -> reachedFrom.put(next, start));
        while (!queue.isEmpty()) {
            String area = queue.poll();
            if (area.equals(start)) {
                List<String> chain = new ArrayList<>();
                String step = start;
                do {
                    chain.add(0, step);
                    step = reachedFrom.get(step);
                } while (!step.equals(start));
                chain.add(0, start);
                return chain;
            }
            for (String next : imports.getOrDefault(area, Set.of())) {
                if (!reachedFrom.containsKey(next)) {
                    reachedFrom.put(next, area);
                    queue.add(next);
                }
            }
        }
        return null;
    }

    /** Each area's imports of the other areas (its own sub-packages count as itself). */
    private static Map<String, Set<String>> imports() throws IOException {
        assertTrue(Files.isDirectory(SOURCES), "run from the ejb module: " + SOURCES.toAbsolutePath());
        Map<String, Set<String>> imports = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = SOURCES.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue;
                }
                String area = relative.getName(0).toString();
                Set<String> targets = imports.computeIfAbsent(area, a -> new TreeSet<>());
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).equals(area)) {
                        targets.add(m.group(1));
                    }
                }
            }
        }
        return imports;
    }
}
