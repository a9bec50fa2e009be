package com.soegroup.accountability.shared;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Deny by default: every public method of every session bean says who may call it — @RolesAllowed, or an
 * explicit @PermitAll / @DenyAll — so a new service method cannot be open by forgetting an annotation.
 */
class ServiceSecurityTest {

    @Test
    void everyPublicBusinessMethodNamesItsRoles() throws Exception {
        Path classes = Path.of(Role.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> beans = new ArrayList<>();
        try (var files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (type.isAnnotationPresent(Stateless.class) || type.isAnnotationPresent(Singleton.class)
                        || type.isAnnotationPresent(Stateful.class)) {
                    beans.add(type);
                }
            }
        }
        assertFalse(beans.isEmpty(), "no session beans found in " + classes);

        List<String> open = new ArrayList<>();
        for (Class<?> bean : beans) {
            for (Method method : bean.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers()) || method.isSynthetic()) {
                    continue;
                }
                boolean declared = method.isAnnotationPresent(RolesAllowed.class) || method.isAnnotationPresent(PermitAll.class)
                        || method.isAnnotationPresent(DenyAll.class);
                if (!declared) {
                    open.add(bean.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertEquals(List.of(), open, "public session-bean methods without @RolesAllowed/@PermitAll/@DenyAll");
    }
}
