package com.soegroup.accountability.web;

import com.soegroup.accountability.rule.level.LossLevelTier;
import com.soegroup.accountability.rule.sanction.PercentRange;
import com.soegroup.accountability.rule.sanction.SanctionRow;
import com.soegroup.accountability.rule.set.Circumstance;
import com.soegroup.accountability.rule.set.CircumstanceArticle;
import com.soegroup.accountability.rule.set.CircumstanceCatalogue;
import com.soegroup.accountability.rule.set.CircumstanceCatalogues;
import com.soegroup.accountability.rule.set.CircumstanceItem;
import com.soegroup.accountability.rule.set.RuleSet;
import com.soegroup.accountability.rule.set.RuleSetJson;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.TreeNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A session bean as a page leaves it: built with its no-argument constructor (as CDI does), then every field it keeps
 * set to a typical value of its declared type — texts, amounts, dates, the services' records with all their
 * components, one-element lists and maps as services answer them, a lazy table holding a page of rows. Injected
 * fields stay empty (the container's proxies are serialisable); final fields keep what the constructor made.
 */
final class TypicalValues {

    private static final int DEPTH = 8;

    /** The application's types no typical value could be built for in the last {@link #bean}, and why. */
    private static final Set<String> UNBUILT = new TreeSet<>();

    /** The rule engine's records check themselves as a whole: their typical values are those of the central rule set. */
    private static final Map<Class<?>, Object> RULES = rules();

    private TypicalValues() {
    }

    static Object bean(Class<?> type) throws ReflectiveOperationException {
        UNBUILT.clear();
        Constructor<?> constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        Object bean = constructor.newInstance();
        for (Field field : StateTypes.keptFields(type)) {
            if (SessionStateTest.injected(field)) {
                continue;
            }
            field.setAccessible(true);
            if (SessionStateTest.isLazyModel(field.getType())) {
                fillLazyModel((LazyDataModel<?>) field.get(bean), field.getGenericType());
            } else if (!Modifier.isFinal(field.getModifiers())) {
                Object value = of(field.getGenericType(), Map.of(), 0);
                if (value == null) {
                    UNBUILT.add(type.getSimpleName() + "." + field.getName());
                } else {
                    field.set(bean, value);
                }
            }
        }
        return bean;
    }

    /** What the last {@link #bean} could not fill: its fields, and the types without a typical value. */
    static Set<String> unbuilt() {
        return Set.copyOf(UNBUILT);
    }

    /** A lazy table after it showed a page: the page's rows are what it keeps. */
    private static void fillLazyModel(LazyDataModel<?> model, Type declared) {
        if (model != null && declared instanceof ParameterizedType p) {
            Object row = of(p.getActualTypeArguments()[0], Map.of(), 0);
            model.setWrappedData(row == null ? List.of() : List.of(row));
            model.setRowCount(1);
        }
    }

    static Object of(Type type, Map<TypeVariable<?>, Type> bound, int depth) {
        if (depth > DEPTH) {
            return null;
        }
        if (type instanceof TypeVariable<?> variable) {
            Type resolved = bound.get(variable);
            return resolved == null ? null : of(resolved, Map.of(), depth);
        }
        if (type instanceof WildcardType wildcard) {
            return of(wildcard.getUpperBounds()[0], bound, depth);
        }
        if (type instanceof ParameterizedType p) {
            return parameterized(p, bound, depth);
        }
        return type instanceof Class<?> c ? plain(c, depth) : null;
    }

    private static Object parameterized(ParameterizedType p, Map<TypeVariable<?>, Type> bound, int depth) {
        Class<?> raw = (Class<?>) p.getRawType();
        Type[] arguments = p.getActualTypeArguments();
        Type first = resolve(arguments[0], bound);
        if (EnumSet.class.isAssignableFrom(raw)) {
            return enumSet((Class<?>) first);
        }
        if (EnumMap.class.isAssignableFrom(raw)) {
            return enumMap((Class<?>) first, of(resolve(arguments[1], bound), Map.of(), depth + 1));
        }
        if (Collection.class.isAssignableFrom(raw)) {
            Object element = of(first, Map.of(), depth + 1);
            if (Set.class.isAssignableFrom(raw)) {
                return element == null ? Set.of() : Set.of(element);
            }
            return element == null ? List.of() : List.of(element);
        }
        if (Map.class.isAssignableFrom(raw)) {
            Object key = of(first, Map.of(), depth + 1);
            Object value = of(resolve(arguments[1], bound), Map.of(), depth + 1);
            if (key == null || value == null) {
                return Map.of();
            }
            return SortedMap.class.isAssignableFrom(raw) ? new TreeMap<>(Map.of(key, value)) : Map.of(key, value);
        }
        if (raw == Optional.class) {
            return Optional.ofNullable(of(first, Map.of(), depth + 1));
        }
        if (TreeNode.class.isAssignableFrom(raw)) {
            Object data = of(first, Map.of(), depth + 1);
            TreeNode<Object> root = new DefaultTreeNode<>(null, null);
            new DefaultTreeNode<>(data, root).setExpanded(true);
            return root;
        }
        Map<TypeVariable<?>, Type> binding = new HashMap<>();
        TypeVariable<?>[] variables = raw.getTypeParameters();
        for (int i = 0; i < arguments.length; i++) {
            binding.put(variables[i], resolve(arguments[i], bound));
        }
        return composite(raw, binding, depth);
    }

    private static Type resolve(Type type, Map<TypeVariable<?>, Type> bound) {
        return type instanceof TypeVariable<?> variable && bound.containsKey(variable) ? bound.get(variable) : type;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumSet(Class<?> type) {
        return EnumSet.of((Enum) type.getEnumConstants()[0]);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumMap(Class<?> type, Object value) {
        EnumMap map = new EnumMap(type);
        if (value != null) {
            map.put(type.getEnumConstants()[0], value);
        }
        return map;
    }

    private static Object plain(Class<?> c, int depth) {
        Object simple = simple(c);
        if (simple != null) {
            return simple;
        }
        if (RULES.containsKey(c)) {
            return RULES.get(c);
        }
        if (c.isEnum()) {
            return c.getEnumConstants()[0];
        }
        if (c.isArray()) {
            Object element = of(c.getComponentType(), Map.of(), depth + 1);
            Object array = Array.newInstance(c.getComponentType(), element == null ? 0 : 1);
            if (element != null) {
                Array.set(array, 0, element);
            }
            return array;
        }
        if (c == List.class || c == Collection.class) {
            return List.of();
        }
        if (c == Set.class) {
            return Set.of();
        }
        if (c == Map.class) {
            return Map.of();
        }
        return composite(c, Map.of(), depth);
    }

    private static Map<Class<?>, Object> rules() {
        try (InputStream in = RuleSet.class.getResourceAsStream("/rulesets/sasac-order46-2026.json")) {
            RuleSet set = RuleSetJson.read(in);
            CircumstanceCatalogue catalogue = CircumstanceCatalogues.MEASURES_2020;
            return Map.of(RuleSet.class, set, LossLevelTier.class, set.lossLevels().get(0),
                    SanctionRow.class, set.sanctions().get(0), PercentRange.class, PercentRange.of("10", "30"),
                    CircumstanceArticle.class, catalogue.articles().get(5), CircumstanceItem.class,
                    catalogue.articles().get(5).items().get(2), Circumstance.class, catalogue.find("12-3").orElseThrow(),
                    CircumstanceCatalogue.class, catalogue);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object simple(Class<?> c) {
        if (c == String.class) {
            return "示范建设 A-1";
        }
        if (c == boolean.class || c == Boolean.class) {
            return true;
        }
        if (c == int.class || c == Integer.class) {
            return 3;
        }
        if (c == long.class || c == Long.class) {
            return 7L;
        }
        if (c == short.class || c == Short.class) {
            return (short) 2;
        }
        if (c == double.class || c == Double.class) {
            return 1.5;
        }
        if (c == char.class || c == Character.class) {
            return 'A';
        }
        if (c == BigDecimal.class) {
            return new BigDecimal("1234567.89");
        }
        if (c == BigInteger.class) {
            return BigInteger.TEN;
        }
        if (c == LocalDate.class) {
            return LocalDate.of(2024, 3, 15);
        }
        if (c == LocalDateTime.class) {
            return LocalDateTime.of(2024, 3, 15, 9, 30);
        }
        if (c == Instant.class) {
            return Instant.parse("2024-03-15T01:30:00Z");
        }
        if (c == OffsetDateTime.class) {
            return OffsetDateTime.of(2024, 3, 15, 9, 30, 0, 0, ZoneOffset.ofHours(8));
        }
        if (c == Period.class) {
            return Period.ofMonths(6);
        }
        if (c == Duration.class) {
            return Duration.ofDays(14);
        }
        if (c == Locale.class) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        if (c == UUID.class) {
            return UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
        }
        return null;
    }

    /** A record through its canonical constructor, a row class through its no-argument one; null for anything else. */
    private static Object composite(Class<?> c, Map<TypeVariable<?>, Type> binding, int depth) {
        if (!c.getName().startsWith("com.soegroup.accountability.")) {
            return null;
        }
        if (c.isInterface() && c.isSealed()) {
            return of(c.getPermittedSubclasses()[0], binding, depth + 1);
        }
        try {
            if (c.isRecord()) {
                RecordComponent[] components = c.getRecordComponents();
                Class<?>[] types = new Class<?>[components.length];
                Object[] values = new Object[components.length];
                for (int i = 0; i < components.length; i++) {
                    types[i] = components[i].getType();
                    values[i] = of(components[i].getGenericType(), binding, depth + 1);
                    if (values[i] == null && types[i].isPrimitive()) {
                        values[i] = simple(types[i]);
                    }
                }
                Constructor<?> canonical = c.getDeclaredConstructor(types);
                canonical.setAccessible(true);
                return canonical.newInstance(values);
            }
            Constructor<?> constructor = widest(c);
            constructor.setAccessible(true);
            Type[] parameters = constructor.getGenericParameterTypes();
            Object[] arguments = new Object[parameters.length];
            for (int i = 0; i < parameters.length; i++) {
                arguments[i] = of(parameters[i], binding, depth + 1);
                if (arguments[i] == null && constructor.getParameterTypes()[i].isPrimitive()) {
                    arguments[i] = simple(constructor.getParameterTypes()[i]);
                }
            }
            Object instance = constructor.newInstance(arguments);
            for (Field field : StateTypes.keptFields(c)) {
                if (!Modifier.isFinal(field.getModifiers())) {
                    field.setAccessible(true);
                    Object value = of(field.getGenericType(), binding, depth + 1);
                    if (value != null) {
                        field.set(instance, value);
                    }
                }
            }
            return instance;
        } catch (ReflectiveOperationException | RuntimeException e) {
            UNBUILT.add(c.getName() + ": " + e);
            return null;
        }
    }

    /** A row class's constructor taking the most (a form row built from the record it edits). */
    private static Constructor<?> widest(Class<?> c) {
        Constructor<?> widest = null;
        for (Constructor<?> constructor : c.getDeclaredConstructors()) {
            if (!constructor.isSynthetic() && (widest == null || constructor.getParameterCount() > widest.getParameterCount())) {
                widest = constructor;
            }
        }
        return widest;
    }
}
