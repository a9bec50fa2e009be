package com.soegroup.accountability.task;

import com.soegroup.accountability.shared.TaskKind;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The morning digest names every kind of work in words: a kind without its text would fail the whole mail run. */
class TaskDigestTextsTest {

    @Test
    void everyKindOfWorkHasItsTextInTheDigest() {
        ResourceBundle texts = ResourceBundle.getBundle("com.soegroup.accountability.task.digest", Locale.ROOT);
        List<String> missing = Arrays.stream(TaskKind.values()).map(TaskKind::bundleKey)
                .filter(key -> !texts.containsKey(key)).toList();
        assertEquals(List.of(), missing);
    }
}
