package com.soegroup.accountability.shared;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A container-managed bean never holds an {@code Event}, {@code Instance} or {@code EntityManager} it was not given:
 * such a field is null at run time, and the fault shows only when the one path that uses it runs (a merge once
 * dropped the {@code @Inject} of the loss service's level event, and determining a level failed).
 */
class InjectionPointsTest {

    private static final Set<Class<?>> CONTAINER_TYPES = Set.of(Event.class, Instance.class, EntityManager.class);

    @Test
    void everyEventInstanceAndEntityManagerFieldOfABeanIsInjected() throws Exception {
        Path classes = Path.of(Role.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> bare = new ArrayList<>();
        int beans = 0;
        try (var files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (!(type.isAnnotationPresent(Stateless.class) || type.isAnnotationPresent(Singleton.class)
                        || type.isAnnotationPresent(ApplicationScoped.class) || type.isAnnotationPresent(RequestScoped.class))) {
                    continue;
                }
                beans++;
                for (Field field : type.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) || !CONTAINER_TYPES.contains(field.getType())) {
                        continue;
                    }
                    boolean injected = field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(PersistenceContext.class)
                            || field.isAnnotationPresent(EJB.class) || field.isAnnotationPresent(Resource.class);
                    if (!injected) {
                        bare.add(type.getSimpleName() + "." + field.getName());
                    }
                }
            }
        }
        assertFalse(beans == 0, "no beans found in " + classes);
        assertEquals(List.of(), bare, "fields the container never fills");
    }
}
