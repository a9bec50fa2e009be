package com.soegroup.accountability.web;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.primefaces.model.LazyDataModel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * What a session keeps survives serialisation. With {@code <distributable/>} WildFly marshals the session — the pages'
 * states and every view-, session- and conversation-scoped bean in it — to hand it to another node of the cluster
 * and to passivate it; a bean that cannot be marshalled loses the user's page on failover. This finds every such
 * bean among the compiled classes of the web module (a new page is checked without being listed here), checks the
 * declared type of everything it keeps (records, lists and what they hold, down to the last field), and serialises
 * and restores an instance filled with typical values.
 */
class SessionStateTest {

    private static final List<Class<? extends Annotation>> PASSIVATING_SCOPES =
            List.of(ViewScoped.class, SessionScoped.class, ConversationScoped.class);

    static List<Class<?>> sessionBeans() {
        Path classes = classesDirectory();
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> classes.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "."))
                    .map(name -> name.substring(0, name.length() - ".class".length()))
                    .filter(name -> name.startsWith("com.soegroup.accountability."))
                    .map(SessionStateTest::load)
                    .filter(type -> PASSIVATING_SCOPES.stream().anyMatch(type::isAnnotationPresent))
                    .sorted((a, b) -> a.getName().compareTo(b.getName()))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void findsThePagesAndTheUsersSession() {
        List<String> names = sessionBeans().stream().map(Class::getSimpleName).toList();

        assertTrue(names.containsAll(List.of("UserSession", "HomeView", "ClueLedgerView", "PeopleView", "DecisionView")),
                () -> "the scan of the compiled classes found only " + names);
    }

    @ParameterizedTest
    @MethodSource("sessionBeans")
    void keepsOnlyWhatCanBeSerialised(Class<?> bean) {
        assertTrue(Serializable.class.isAssignableFrom(bean), () -> bean.getName() + " does not implement Serializable");

        List<String> problems = StateTypes.problemsOf(bean);

        assertTrue(problems.isEmpty(), () -> bean.getSimpleName() + " keeps what cannot be serialised "
                + "(make it Serializable, or keep less: re-read it, or a static helper):\n  " + String.join("\n  ", problems));
    }

    @ParameterizedTest
    @MethodSource("sessionBeans")
    void survivesSerialisationWithTypicalValues(Class<?> bean) throws ReflectiveOperationException {
        Object page = TypicalValues.bean(bean);
        assertTrue(TypicalValues.unbuilt().isEmpty(), () -> "no typical value for " + TypicalValues.unbuilt()
                + ": give TypicalValues one, so that what the bean keeps is serialised for real");

        Object restored = restored(serialised(page, bean));

        List<String> differences = SameState.differences(page, restored);
        assertTrue(differences.isEmpty(), () -> bean.getSimpleName() + " changed on its way through serialisation:\n  "
                + String.join("\n  ", differences));
    }

    @Test
    void aBeanThatKeepsAHelperIsRefused() {
        List<String> problems = StateTypes.problemsOf(BadView.class);

        assertTrue(problems.stream().anyMatch(p -> p.startsWith("BadView.format ")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("BadView.rows[] → Row.note ")), problems::toString);
        assertTrue(problems.stream().noneMatch(p -> p.contains("service") || p.contains("name")), problems::toString);
    }

    /** What the test must refuse: a helper kept in a field, and a row type with a field of a type that cannot be serialised. */
    @SuppressWarnings("unused")
    static class BadView implements Serializable {
        private static final long serialVersionUID = 1L;
        @EJB
        private Object service;
        private String name;
        private Function<String, String> format = String::strip;
        private List<Row> rows = List.of();
    }

    record Row(String text, Thread note) implements Serializable {
    }

    private static byte[] serialised(Object bean, Class<?> type) {
        try {
            return bytes(bean);
        } catch (IOException e) {
            fail(type.getSimpleName() + " cannot be serialised: " + e + "; fields that fail alone: " + failingFields(bean));
            return null;
        }
    }

    private static List<String> failingFields(Object bean) {
        List<String> failing = new ArrayList<>();
        for (Field field : StateTypes.keptFields(bean.getClass())) {
            try {
                field.setAccessible(true);
                bytes(field.get(bean));
            } catch (IOException | IllegalAccessException e) {
                failing.add(field.getName() + " (" + e + ")");
            }
        }
        return failing;
    }

    static byte[] bytes(Object value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(value);
        }
        return out.toByteArray();
    }

    private static Object restored(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new AssertionError("cannot be restored", e);
        }
    }

    static boolean injected(Field field) {
        return field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(EJB.class)
                || field.isAnnotationPresent(Resource.class);
    }

    static boolean kept(Field field) {
        int modifiers = field.getModifiers();
        return !Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic();
    }

    static boolean isLazyModel(Class<?> type) {
        return LazyDataModel.class.isAssignableFrom(type);
    }

    private static Path classesDirectory() {
        try {
            return Path.of(HomeView.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SessionStateTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
