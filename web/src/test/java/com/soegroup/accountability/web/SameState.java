package com.soegroup.accountability.web;

import org.primefaces.model.LazyDataModel;
import org.primefaces.model.TreeNode;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Whether a restored bean holds what the original held: values with their own {@code equals} (records, texts,
 * amounts, sets) by it; lists, maps, arrays, lazy tables, tree nodes and the pages' own row classes element by element
 * and field by field.
 */
final class SameState {

    private final List<String> differences = new ArrayList<>();

    private SameState() {
    }

    /** The fields, as paths, whose restored value differs from the original's. */
    static List<String> differences(Object original, Object restored) throws IllegalAccessException {
        SameState same = new SameState();
        same.compareFields(original, restored, original.getClass().getSimpleName());
        return same.differences;
    }

    private void compareFields(Object original, Object restored, String path) throws IllegalAccessException {
        for (Field field : StateTypes.keptFields(original.getClass())) {
            if (!SessionStateTest.injected(field)) {
                field.setAccessible(true);
                compare(field.get(original), field.get(restored), path + "." + field.getName());
            }
        }
    }

    private void compare(Object original, Object restored, String path) throws IllegalAccessException {
        if (original == null || restored == null) {
            if (original != restored) {
                differences.add(path + ": " + original + " became " + restored);
            }
        } else if (original.getClass() != restored.getClass()) {
            differences.add(path + ": a " + original.getClass().getName() + " became a " + restored.getClass().getName());
        } else if (original.getClass().isArray()) {
            int length = Array.getLength(original);
            if (length != Array.getLength(restored)) {
                differences.add(path + ": " + length + " elements became " + Array.getLength(restored));
                return;
            }
            for (int i = 0; i < length; i++) {
                compare(Array.get(original, i), Array.get(restored, i), path + "[" + i + "]");
            }
        } else if (original instanceof List<?> list) {
            compare(list.toArray(), ((List<?>) restored).toArray(), path);
        } else if (original instanceof Map<?, ?> map) {
            Map<?, ?> other = (Map<?, ?>) restored;
            if (!map.keySet().equals(other.keySet())) {
                differences.add(path + ": keys " + map.keySet() + " became " + other.keySet());
                return;
            }
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                compare(entry.getValue(), other.get(entry.getKey()), path + "{" + entry.getKey() + "}");
            }
        } else if (original instanceof LazyDataModel<?> model) {
            LazyDataModel<?> other = (LazyDataModel<?>) restored;
            compare(model.getWrappedData(), other.getWrappedData(), path + ".page");
            compare(model.getRowCount(), other.getRowCount(), path + ".rowCount");
        } else if (original instanceof TreeNode<?> node) {
            TreeNode<?> other = (TreeNode<?>) restored;
            compare(node.getData(), other.getData(), path + ".data");
            compare(node.getChildren().toArray(), other.getChildren().toArray(), path + ".children");
        } else if (ownEquals(original.getClass())) {
            if (!Objects.equals(original, restored)) {
                differences.add(path + ": " + original + " became " + restored);
            }
        } else {
            compareFields(original, restored, path);
        }
    }

    private static boolean ownEquals(Class<?> type) {
        try {
            return type.getMethod("equals", Object.class).getDeclaringClass() != Object.class;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
