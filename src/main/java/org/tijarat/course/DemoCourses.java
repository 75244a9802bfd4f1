package org.tijarat.course;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tijarat.identity.AccountRepository;

/**
 * The starter courses for {@code scripts/run} ({@code tijarat.demo-data=true}): "Selling on Amazon
 * from Pakistan" and its Urdu companion, imported from manifests on the classpath through the same
 * path as an uploaded export, and published by the demo trainer, once.
 */
@Singleton
@Startup
@DependsOn({"Migrations", "DemoAccounts"})
public class DemoCourses {

    static final List<String> SLUGS = List.of("selling-on-amazon-from-pakistan", "amazon-par-farokht");
    private static final Logger LOG = Logger.getLogger(DemoCourses.class.getName());

    @Inject
    @ConfigProperty(name = "tijarat.demo-data", defaultValue = "false")
    private boolean enabled;

    @Inject
    private AccountRepository accounts;

    @Inject
    private CourseRepository courses;

    @Inject
    private CourseTransferService transfers;

    @Inject
    private PublishingService publishing;

    @PostConstruct
    void seed() {
        if (!enabled) {
            return;
        }
        var trainer = accounts.findByEmail("trainer@tijarat.example");
        if (trainer.isEmpty()) {
            return;
        }
        for (String slug : SLUGS) {
            if (courses.findBySlug(slug).isPresent()) {
                continue;
            }
            Map<String, MediaStore.Incoming> media = new HashMap<>();
            MediaStore.Incoming cover = transfers.receive(resource(slug + ".png"));
            media.put(cover.sha256(), cover);
            Course course = transfers.createFrom(bytes(slug + ".json"), media, trainer.get());
            publishing.publishAs(course, trainer.get());
            LOG.info(() -> "Starter course published: " + course.getTitle());
        }
    }

    private static InputStream resource(String name) {
        InputStream in = DemoCourses.class.getResourceAsStream("/demo/courses/" + name);
        if (in == null) {
            throw new IllegalStateException("Missing starter content " + name);
        }
        return in;
    }

    private static byte[] bytes(String name) {
        try (InputStream in = resource(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
