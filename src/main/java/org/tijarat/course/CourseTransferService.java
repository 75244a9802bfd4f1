package org.tijarat.course;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tijarat.identity.Account;
import org.tijarat.identity.Caller;
import org.tijarat.identity.Role;
import org.tijarat.platform.BusinessException;

/**
 * Export of a course's draft as a ZIP (a versioned JSON manifest plus its media) and import of
 * such a ZIP as a new draft course, here or on another instance. An import is checked whole before
 * anything is written, and then written in one transaction.
 */
@Stateless
public class CourseTransferService {

    @Inject
    private CourseRepository courses;

    @Inject
    private CourseAccess access;

    @Inject
    private CourseHistory history;

    @Inject
    private Caller caller;

    @Inject
    private MediaStore store;

    @Inject
    private MediaLimits limits;

    @Inject
    private MediaRegistry registry;

    @Inject
    private Validator validator;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "tijarat.import.max-total-mb", defaultValue = "2048")
    private long maxTotalMb;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** The file name an export is offered under. */
    public String exportName(long courseId) {
        Course course = courses.get(courseId);
        access.requireEditor(course);
        return course.getSlug() + ".zip";
    }

    public void export(long courseId, OutputStream out) {
        Course course = courses.get(courseId);
        access.requireEditor(course);
        CourseManifest manifest = manifestOf(course);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(CourseArchive.MANIFEST));
            zip.write(ManifestJson.write(manifest));
            zip.closeEntry();
            for (String sha : manifest.mediaNames().keySet()) {
                zip.putNextEntry(new ZipEntry("media/" + sha));
                Files.copy(store.pathOf(sha), zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports an exported course as a new draft owned by the caller. */
    public Course importArchive(InputStream zip) {
        Account trainer = caller.require(Role.TRAINER);
        CourseArchive.MediaSink sink = new CourseArchive.MediaSink() {
            @Override
            public MediaStore.Incoming receive(InputStream in, long maxBytes) throws IOException, MediaStore.TooLarge {
                return store.receive(in, maxBytes);
            }

            @Override
            public void discard(MediaStore.Incoming incoming) {
                store.discard(incoming);
            }
        };
        try (CourseArchive archive = CourseArchive.read(zip, sink, limits.bytes(MediaType.MP4), maxTotalMb * 1024 * 1024)) {
            CourseManifest manifest = ManifestJson.read(archive.manifest());
            return create(manifest, archive.media(), trainer, "IMPORTED");
        }
    }

    /** Makes a new draft course from this one, with its content and files, owned by the caller. */
    public Course copy(long courseId) {
        Course course = courses.get(courseId);
        Account editor = access.requireEditor(course);
        return create(manifestOf(course), Map.of(), editor, "COPIED");
    }

    /** Creates the course a manifest describes, for the demo data (no caller; files already checked). */
    public Course createFrom(byte[] manifestJson, Map<String, MediaStore.Incoming> media, Account owner) {
        return create(ManifestJson.read(manifestJson), media, owner, "IMPORTED");
    }

    private Course create(CourseManifest manifest, Map<String, MediaStore.Incoming> files, Account owner, String kind) {
        validate(manifest.details(), "course");
        Map<String, Media> media = new LinkedHashMap<>();
        Media cover = manifest.coverSha() == null ? null
                : resolve(manifest.coverSha(), MediaType.Use.COVER, manifest, files, media, owner);
        CourseDetails details = manifest.details();
        details.setSlug(freeSlug(details.getSlug()));
        Course course = new Course(details, owner, clock.instant());
        course.useCover(cover, clock.instant());
        courses.persist(course);
        int modulePosition = 1;
        for (CourseManifest.ModuleData data : manifest.modules()) {
            if (data.title() == null || data.title().isBlank() || data.title().length() > CourseDetails.TITLE_MAX) {
                throw BusinessException.at("archive", "import.manifest_invalid", "module title");
            }
            CourseModule module = new CourseModule(course, data.title(), modulePosition++);
            courses.persist(module);
            course.getModules().add(module);
            int lessonPosition = 1;
            for (CourseManifest.LessonData lessonData : data.lessons()) {
                validate(lessonData.content(), "lesson");
                Lesson lesson = new Lesson(module, lessonData.content().getTitle(), lessonData.content().getKind(), lessonPosition++);
                lesson.update(lessonData.content());
                attach(lesson, MediaType.Use.VIDEO, lessonData.videoSha(), manifest, files, media, owner);
                attach(lesson, MediaType.Use.CAPTIONS, lessonData.captionsSha(), manifest, files, media, owner);
                attach(lesson, MediaType.Use.DOWNLOAD, lessonData.fileSha(), manifest, files, media, owner);
                courses.persist(lesson);
                module.getLessons().add(lesson);
            }
        }
        placeFiles(files, media.keySet());
        history.record(course, owner, kind, details.getTitle());
        return course;
    }

    private void attach(Lesson lesson, MediaType.Use use, String sha, CourseManifest manifest,
            Map<String, MediaStore.Incoming> files, Map<String, Media> media, Account owner) {
        if (sha != null) {
            lesson.attach(use, resolve(sha, use, manifest, files, media, owner));
        }
    }

    /** The media row for a hash the manifest names: from the archive (checked by content) or already here. */
    private Media resolve(String sha, MediaType.Use use, CourseManifest manifest, Map<String, MediaStore.Incoming> files,
            Map<String, Media> media, Account owner) {
        Media known = media.get(sha);
        if (known != null) {
            return checkUse(known, use);
        }
        MediaStore.Incoming incoming = files.get(sha);
        Media found;
        if (incoming != null) {
            MediaType type;
            try {
                type = MediaSniffer.sniff(incoming.path()).filter(use::accepts)
                        .orElseThrow(() -> BusinessException.at("archive", "import.media_wrong_type", sha));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (incoming.size() > limits.bytes(type)) {
                throw BusinessException.at("archive", "import.file_too_large", "media/" + sha);
            }
            found = registry.findOrAdd(sha, type, incoming.size(), manifest.mediaNames().getOrDefault(sha, sha), owner.getId());
        } else {
            found = registry.find(sha).filter(m -> Files.exists(store.pathOf(sha)))
                    .orElseThrow(() -> BusinessException.at("archive", "import.media_missing", sha));
        }
        media.put(sha, found);
        return checkUse(found, use);
    }

    private static Media checkUse(Media media, MediaType.Use use) {
        if (!use.accepts(media.type())) {
            throw BusinessException.at("archive", "import.media_wrong_type", media.getSha256());
        }
        return media;
    }

    /** Moves the files this import uses into place; if the transaction then rolls back, they go again. */
    private void placeFiles(Map<String, MediaStore.Incoming> files, Set<String> used) {
        List<Path> placed = new ArrayList<>();
        for (String sha : used) {
            MediaStore.Incoming incoming = files.get(sha);
            if (incoming != null && !Files.exists(store.pathOf(sha))) {
                try {
                    store.keep(incoming);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                placed.add(store.pathOf(sha));
            }
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to prepare
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    placed.forEach(path -> path.toFile().delete());
                }
            }
        });
    }

    private <T> void validate(T value, String what) {
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            ConstraintViolation<T> first = violations.iterator().next();
            throw BusinessException.at("archive", "import.manifest_invalid", what + " " + first.getPropertyPath());
        }
    }

    /** The slug, or the first free one with a number added (an import into the instance it came from). */
    private String freeSlug(String slug) {
        if (courses.findBySlug(slug).isEmpty()) {
            return slug;
        }
        String base = slug.length() > CourseDetails.SLUG_MAX - 5 ? slug.substring(0, CourseDetails.SLUG_MAX - 5) : slug;
        for (int n = 2; n < 1000; n++) {
            String candidate = base + "-" + n;
            if (courses.findBySlug(candidate).isEmpty()) {
                return candidate;
            }
        }
        throw BusinessException.at("archive", "course.slug.taken");
    }

    private static CourseManifest manifestOf(Course course) {
        Map<String, String> names = new LinkedHashMap<>();
        if (course.getCover() != null) {
            names.put(course.getCover().getSha256(), course.getCover().getOriginalName());
        }
        List<CourseManifest.ModuleData> modules = new ArrayList<>();
        for (CourseModule module : course.getModules()) {
            List<CourseManifest.LessonData> lessons = new ArrayList<>();
            for (Lesson lesson : module.getLessons()) {
                LessonBody body = lesson.getBody();
                lessons.add(new CourseManifest.LessonData(lesson.content(), sha(body.getVideo(), names),
                        sha(body.getCaptions(), names), sha(body.getFile(), names)));
            }
            modules.add(new CourseManifest.ModuleData(module.getTitle(), lessons));
        }
        return new CourseManifest(course.details(), course.getCover() == null ? null : course.getCover().getSha256(),
                modules, names);
    }

    private static String sha(Media media, Map<String, String> names) {
        if (media == null) {
            return null;
        }
        names.put(media.getSha256(), media.getOriginalName());
        return media.getSha256();
    }

    /** Streams a stored file (for the demo covers shipped on the classpath). */
    public MediaStore.Incoming receive(InputStream in) {
        try {
            return store.receive(in, limits.bytes(MediaType.Use.COVER));
        } catch (IOException | MediaStore.TooLarge e) {
            throw new IllegalStateException(e);
        }
    }
}
