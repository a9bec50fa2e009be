package com.soegroup.accountability.shared;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The application's settings reach WildFly through {@code config/system-properties.cli}, which stops on a value it
 * cannot resolve: a setting added to the script but not to the properties files breaks the demo and every
 * installation that follows the example, and one the removal script forgets stays behind after uninstalling.
 */
class ConfigScriptsTest {

    private static final Path CONFIG = Path.of("../config");
    private static final Pattern APP_VALUE = Pattern.compile("\\$\\{(acc\\.app\\.[A-Za-z]+)}");
    private static final Pattern ADDED = Pattern.compile("/system-property=(accountability\\.[a-z-]+):add");
    private static final Pattern REMOVED = Pattern.compile("/system-property=(accountability\\.[a-z-]+):remove");

    @Test
    void everyApplicationSettingTheScriptReadsIsInTheDemoAndTheExampleProperties() throws IOException {
        Set<String> read = found(APP_VALUE, Files.readString(CONFIG.resolve("system-properties.cli")));
        for (String file : new String[] {"demo.properties", "accountability.properties.example"}) {
            Properties properties = new Properties();
            try (var in = Files.newBufferedReader(CONFIG.resolve(file))) {
                properties.load(in);
            }
            Set<String> missing = new TreeSet<>(read);
            missing.removeAll(properties.stringPropertyNames());
            assertEquals(Set.of(), missing, "settings system-properties.cli reads but " + file + " lacks");
        }
    }

    @Test
    void everySystemPropertyTheInstallAddsTheRemovalTakesAway() throws IOException {
        Set<String> added = found(ADDED, Files.readString(CONFIG.resolve("system-properties.cli")));
        Set<String> removed = found(REMOVED, Files.readString(CONFIG.resolve("remove.cli")));
        Set<String> left = new TreeSet<>(added);
        left.removeAll(removed);
        assertEquals(Set.of(), left, "system properties remove.cli leaves behind");
    }

    private static Set<String> found(Pattern pattern, String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
