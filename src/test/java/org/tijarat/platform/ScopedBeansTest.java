package org.tijarat.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The WAR is distributable: every session-, view- and conversation-scoped bean must survive
 * serialization, so its fields must be serializable or transient.
 */
class ScopedBeansTest {

    @Test
    void sessionAndViewScopedBeansAreSerializable() throws Exception {
        List<Class<?>> scoped = new ArrayList<>();
        for (Class<?> type : applicationClasses()) {
            if (type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)
                    || type.isAnnotationPresent(ConversationScoped.class)) {
                scoped.add(type);
            }
        }
        assertThat(scoped).as("there are view-scoped beans to check").isNotEmpty();
        for (Class<?> type : scoped) {
            assertThat(Serializable.class).as(type.getName()).isAssignableFrom(type);
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())) {
                    continue;
                }
                boolean injected = field.isAnnotationPresent(jakarta.inject.Inject.class)
                        || field.isAnnotationPresent(jakarta.ejb.EJB.class);
                boolean serializable = field.getType().isPrimitive() || Serializable.class.isAssignableFrom(field.getType())
                        || field.getType().isInterface() && (java.util.List.class.equals(field.getType())
                        || java.util.Map.class.equals(field.getType()) || java.util.Set.class.equals(field.getType()));
                // injected beans are client proxies, serializable whatever their declared type
                assertThat(injected || serializable).as(type.getSimpleName() + "." + field.getName()).isTrue();
            }
        }
    }

    private static List<Class<?>> applicationClasses() throws IOException, ClassNotFoundException {
        Path root = Path.of("target/classes");
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("org/tijarat"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                classes.add(Class.forName(name, false, ScopedBeansTest.class.getClassLoader()));
            }
        }
        return classes;
    }
}
