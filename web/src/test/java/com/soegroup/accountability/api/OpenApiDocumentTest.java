package com.soegroup.accountability.api;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every JAX-RS endpoint of the WAR is in the OpenAPI document, and the document names none that does not exist. */
class OpenApiDocumentTest {

    @Test
    void theDocumentListsExactlyTheEndpoints() throws Exception {
        assertEquals(endpointsInCode(), endpointsInDocument());
    }

    private static Set<String> endpointsInDocument() throws IOException {
        List<String> lines = Files.readAllLines(Paths.get("src/main/webapp/WEB-INF/openapi.yaml"));
        Set<String> endpoints = new TreeSet<>();
        String path = null;
        boolean inPaths = false;
        for (String line : lines) {
            if (line.equals("paths:")) {
                inPaths = true;
            } else if (inPaths && !line.startsWith(" ") && !line.isBlank()) {
                inPaths = false;
            } else if (inPaths && line.matches("^  /\\S*:$")) {
                path = line.trim().replaceAll(":$", "");
            } else if (inPaths && path != null && line.matches("^    (get|put|post|delete):.*")) {
                endpoints.add(line.trim().replaceAll(":.*", "").toUpperCase() + " " + path);
            }
        }
        return endpoints;
    }

    private static Set<String> endpointsInCode() throws IOException, URISyntaxException, ClassNotFoundException {
        // the WAR's classes, not the test classes that share the package
        var root = Paths.get(ApiApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> resources = new ArrayList<>();
        try (var files = Files.walk(root.resolve("com/soegroup/accountability/api"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, OpenApiDocumentTest.class.getClassLoader());
                if (type.isAnnotationPresent(Path.class)) {
                    resources.add(type);
                }
            }
        }
        Set<String> endpoints = new TreeSet<>();
        Map<Class<?>, String> verbs = new HashMap<>(Map.of(GET.class, "GET", POST.class, "POST", PUT.class, "PUT",
                DELETE.class, "DELETE"));
        for (Class<?> resource : resources) {
            String base = "/" + resource.getAnnotation(Path.class).value().replaceAll("^/|/$", "");
            for (Method method : resource.getDeclaredMethods()) {
                for (var verb : verbs.entrySet()) {
                    @SuppressWarnings("unchecked")
                    var annotation = (Class<? extends java.lang.annotation.Annotation>) verb.getKey();
                    if (method.isAnnotationPresent(annotation)) {
                        Path sub = method.getAnnotation(Path.class);
                        String path = sub == null ? base : base + "/" + sub.value().replaceAll("^/|/$", "");
                        endpoints.add(verb.getValue() + " " + path);
                    }
                }
            }
        }
        return endpoints;
    }
}
