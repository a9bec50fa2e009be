package com.soegroup.accountability.web;

import org.primefaces.model.TreeNode;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * Walks the declared types of what a session bean keeps: every field that is not static, transient or injected (the
 * container injects serialisable proxies), and within the application's own types (records and rows) their fields in
 * turn, with the type arguments of lists, maps and lazy tables. A library type must be Serializable itself; the
 * collection interfaces and PrimeFaces' {@code TreeNode} are accepted because every implementation the pages are
 * given is (the round trip of {@link SessionStateTest} serialises real ones).
 */
final class StateTypes {

    private static final String APPLICATION = "com.soegroup.accountability.";
    private static final Set<Class<?>> SERIALISABLE_INTERFACES = Set.of(Collection.class, List.class, Set.class,
            SortedSet.class, Map.class, SortedMap.class, TreeNode.class);

    private final List<String> problems = new ArrayList<>();
    private final Set<String> walked = new HashSet<>();

    private StateTypes() {
    }

    /** What the bean keeps that cannot be serialised, each as the path of fields to it and the reason. */
    static List<String> problemsOf(Class<?> bean) {
        StateTypes walk = new StateTypes();
        for (Field field : keptFields(bean)) {
            if (!SessionStateTest.injected(field)) {
                walk.check(field.getGenericType(), bean.getSimpleName() + "." + field.getName(), Map.of());
            }
        }
        return walk.problems;
    }

    /** The fields serialisation writes, of the class and its superclasses. */
    static List<Field> keptFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (SessionStateTest.kept(field)) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private void check(Type type, String path, Map<TypeVariable<?>, Type> bound) {
        if (type instanceof Class<?> c) {
            checkClass(c, path, Map.of(), List.of());
        } else if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            List<Type> arguments = new ArrayList<>();
            Map<TypeVariable<?>, Type> binding = new HashMap<>();
            TypeVariable<?>[] variables = raw.getTypeParameters();
            Type[] actual = p.getActualTypeArguments();
            for (int i = 0; i < actual.length; i++) {
                Type argument = resolve(actual[i], bound);
                arguments.add(argument);
                binding.put(variables[i], argument);
            }
            checkClass(raw, path, binding, arguments);
        } else if (type instanceof GenericArrayType array) {
            check(resolve(array.getGenericComponentType(), bound), path + "[]", bound);
        } else if (type instanceof TypeVariable<?> variable) {
            Type resolved = bound.get(variable);
            check(resolved != null ? resolved : variable.getBounds()[0], path, bound);
        } else if (type instanceof WildcardType wildcard) {
            check(wildcard.getUpperBounds()[0], path, bound);
        }
    }

    /** How a path names what a generic type holds: a list's elements {@code []}, a map's keys and values. */
    private static String element(Class<?> type, int index, int count) {
        if (Map.class.isAssignableFrom(type) && count == 2) {
            return index == 0 ? "{key}" : "{value}";
        }
        return count == 1 ? "[]" : "<" + index + ">";
    }

    private static Type resolve(Type type, Map<TypeVariable<?>, Type> bound) {
        return type instanceof TypeVariable<?> variable && bound.containsKey(variable) ? bound.get(variable) : type;
    }

    private void checkClass(Class<?> c, String path, Map<TypeVariable<?>, Type> binding, List<Type> arguments) {
        if (c.isPrimitive() || c.isEnum()) {
            return;
        }
        if (c.isArray()) {
            check(c.getComponentType(), path + "[]", binding);
            return;
        }
        boolean serialisable = Serializable.class.isAssignableFrom(c)
                || c.isInterface() && SERIALISABLE_INTERFACES.contains(c);
        if (!serialisable) {
            problems.add(path + " (" + c.getName() + ") is not Serializable");
            return;
        }
        for (int i = 0; i < arguments.size(); i++) {
            check(arguments.get(i), path + element(c, i, arguments.size()), Map.of());
        }
        if (!c.getName().startsWith(APPLICATION) || !walked.add(c.getName() + binding)) {
            return;
        }
        if (c.isInterface() && c.isSealed()) {
            for (Class<?> permitted : c.getPermittedSubclasses()) {
                checkClass(permitted, path + " as " + permitted.getSimpleName(), Map.of(), List.of());
            }
            return;
        }
        for (Field field : keptFields(c)) {
            check(field.getGenericType(), path + " → " + c.getSimpleName() + "." + field.getName(), binding);
        }
    }
}
