package org.tijarat.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tijarat.identity.Account;
import org.tijarat.identity.Role;
import org.tijarat.platform.BusinessException;
import org.tijarat.platform.ConcurrentChangeException;
import org.tijarat.platform.Language;
import org.tijarat.platform.NotAllowedException;
import org.tijarat.testing.ActingCaller;
import org.tijarat.testing.TestDeployments;
import org.tijarat.testing.Transactions;

/** Courses in the server: authoring, publishing, media, transfer and the catalog, with their refusals. */
@ExtendWith(ArquillianExtension.class)
class CourseIT {

    private static final String HOSTILE = "<p onclick=\"steal()\" style=\"color:red\">Hello<script>alert(1)</script></p>"
            + "<a href=\"javascript:alert(2)\">x</a><img src=x onerror=alert(3)>";

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.inServer("course", Map.of("tijarat.media.max-image-mb", "1"),
                CourseIT.class, MediaSamples.class, ZipBuilder.class);
    }

    @Inject
    private CourseService courses;

    @Inject
    private CurriculumService curriculum;

    @Inject
    private PublishingService publishing;

    @Inject
    private CourseTransferService transfers;

    @Inject
    private CatalogService catalog;

    @Inject
    private MediaService media;

    @Inject
    private ActingCaller caller;

    @Inject
    private Transactions tx;

    // --- authoring -------------------------------------------------------------------------------

    @Test
    void aTrainerBuildsACourseAndOnlyItsTrainersEditIt() {
        Account owner = trainer();
        caller.actAs(owner);
        Course course = courses.create(details("Listing basics"));
        CourseModule module = curriculum.addModule(course.getId(), "Titles");
        Lesson lesson = curriculum.addLesson(module.getId(), "Good titles", LessonKind.TEXT);

        caller.actAs(trainer());
        assertThatThrownBy(() -> curriculum.addModule(course.getId(), "Mine now")).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> curriculum.updateLesson(lesson.getId(), text("x", lessonVersion(lesson))))
                .isInstanceOf(NotAllowedException.class);
        caller.actAs(learner());
        assertThatThrownBy(() -> courses.create(details("Not a trainer"))).isInstanceOf(NotAllowedException.class);
        caller.anonymous();
        assertThatThrownBy(() -> courses.forEditing(course.getId())).isInstanceOf(NotAllowedException.class);

        Account coTrainer = trainer();
        caller.actAs(owner);
        courses.addOwner(course.getId(), coTrainer.getEmail());
        assertThat(businessRefusal(() -> courses.addOwner(course.getId(), learner().getEmail())).getMessageKey())
                .isEqualTo("course.owner.not_trainer");
        caller.actAs(coTrainer);
        curriculum.addModule(course.getId(), "Added by the co-trainer");
        courses.removeOwner(course.getId(), owner.getId());
        assertThat(businessRefusal(() -> courses.removeOwner(course.getId(), coTrainer.getId())).getMessageKey())
                .isEqualTo("course.last_owner");
        caller.actAs(admin());
        assertThat(courses.forEditing(course.getId()).getModules()).hasSize(2);
        assertThat(courses.history(course.getId())).extracting(CourseEdit::getKind)
                .contains("COURSE_CREATED", "MODULE_ADDED", "LESSON_ADDED", "OWNER_ADDED", "OWNER_REMOVED");
    }

    @Test
    void lessonHtmlIsSanitisedWhenSaved() {
        caller.actAs(trainer());
        Lesson lesson = newLesson(LessonKind.TEXT);
        Lesson saved = curriculum.updateLesson(lesson.getId(), text(HOSTILE, lessonVersion(lesson)));
        assertThat(saved.getBody().getBodyHtml()).contains("Hello")
                .doesNotContain("onclick", "style", "script", "javascript:", "onerror", "alert");
    }

    @Test
    void badLessonInputIsRefusedAndChangesNothing() {
        caller.actAs(trainer());
        Lesson lesson = newLesson(LessonKind.VIDEO);
        long version = lessonVersion(lesson);
        List<java.util.function.Consumer<LessonContent>> breakages = List.of(
                c -> c.setTitle(""),
                c -> c.setTitle("t".repeat(CourseDetails.TITLE_MAX + 1)),
                c -> c.setBodyHtml("x".repeat(LessonContent.BODY_MAX + 1)),
                c -> c.setMinutes(0),
                c -> c.setVideoUrl("https://evil.example/watch?v=dQw4w9WgXcQ"),
                c -> c.setLinkUrl("javascript:alert(1)"),
                c -> c.setPolicyUrl("ftp://files.example/policy"));
        for (var breakage : breakages) {
            LessonContent content = text("<p>fine</p>", version);
            breakage.accept(content);
            assertThat(catchThrowable(() -> curriculum.updateLesson(lesson.getId(), content))).isNotNull();
        }
        assertThat(tx.<Long>call(em -> em.find(Lesson.class, lesson.getId()).getVersion())).isEqualTo(version);
    }

    @Test
    void theSecondOfTwoConcurrentSavesIsRefusedWithoutOverwriting() {
        caller.actAs(trainer());
        Lesson lesson = newLesson(LessonKind.TEXT);
        long version = lessonVersion(lesson);
        curriculum.updateLesson(lesson.getId(), text("<p>First trainer's text</p>", version));
        assertThatThrownBy(() -> curriculum.updateLesson(lesson.getId(), text("<p>Second trainer's text</p>", version)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(tx.<String>call(em -> em.find(Lesson.class, lesson.getId()).getBody().getBodyHtml()))
                .isEqualTo("<p>First trainer's text</p>");
    }

    @Test
    void modulesAndLessonsAreReorderedByListAndByStep() {
        caller.actAs(trainer());
        Course course = courses.create(details("Order"));
        long a = curriculum.addModule(course.getId(), "A").getId();
        long b = curriculum.addModule(course.getId(), "B").getId();
        long c = curriculum.addModule(course.getId(), "C").getId();
        curriculum.reorderModules(course.getId(), List.of(c, a, b));
        assertThat(moduleTitles(course)).containsExactly("C", "A", "B");
        curriculum.moveModule(b, -1);
        assertThat(moduleTitles(course)).containsExactly("C", "B", "A");
        curriculum.moveModule(c, -1);
        assertThat(moduleTitles(course)).as("the first stays first").containsExactly("C", "B", "A");
        assertThatThrownBy(() -> curriculum.reorderModules(course.getId(), List.of(a, b)))
                .as("an outline missing a module is stale").isInstanceOf(ConcurrentChangeException.class);

        long one = curriculum.addLesson(a, "One", LessonKind.TEXT).getId();
        long two = curriculum.addLesson(a, "Two", LessonKind.TEXT).getId();
        long three = curriculum.addLesson(a, "Three", LessonKind.TEXT).getId();
        curriculum.reorderLessons(a, List.of(three, one, two));
        curriculum.moveLesson(two, -1);
        assertThat(tx.<List<String>>call(em -> em.find(CourseModule.class, a).getLessons().stream().map(Lesson::getTitle).toList()))
                .containsExactly("Three", "Two", "One");
    }

    // --- publishing ------------------------------------------------------------------------------

    @Test
    void publishingIsRefusedWithEveryReason() {
        caller.actAs(trainer());
        Course course = courses.create(details("Refused"));
        assertThat(publishRefusal(course)).containsExactly("publish.no_lessons");
        CourseModule module = curriculum.addModule(course.getId(), "Full");
        curriculum.addLesson(module.getId(), "Empty text", LessonKind.TEXT);
        curriculum.addLesson(module.getId(), "Empty video", LessonKind.VIDEO);
        curriculum.addModule(course.getId(), "Nothing here");
        assertThat(publishRefusal(course)).containsExactlyInAnyOrder(
                "publish.lesson_empty_text", "publish.lesson_empty_video", "publish.module_empty");
        assertThat(tx.<CourseStatus>call(em -> em.find(Course.class, course.getId()).getStatus())).isEqualTo(CourseStatus.DRAFT);
    }

    @Test
    void learnersSeeThePublishedRevisionUntilTheDraftIsPublishedAgain() {
        caller.actAs(trainer());
        Course course = courses.create(details("Revisions"));
        CourseModule module = curriculum.addModule(course.getId(), "Basics");
        Lesson kept = filled(curriculum.addLesson(module.getId(), "Kept", LessonKind.TEXT), "<p>Version one</p>");
        Lesson dropped = filled(curriculum.addLesson(module.getId(), "Dropped", LessonKind.TEXT), "<p>Soon gone</p>");
        assertThat(publishing.publish(course.getId()).getNumber()).isEqualTo(1);

        curriculum.updateLesson(kept.getId(), text("<p>Version two</p>", lessonVersion(kept)));
        curriculum.removeLesson(dropped.getId());
        Lesson added = filled(curriculum.addLesson(module.getId(), "Added", LessonKind.TEXT), "<p>New</p>");
        CourseRevision live = catalog.landing(course.getSlug()).orElseThrow();
        assertThat(live.getNumber()).isEqualTo(1);
        assertThat(live.lessons()).extracting(l -> l.getBody().getBodyHtml()).containsExactly("<p>Version one</p>", "<p>Soon gone</p>");
        assertThat(courses.forEditing(course.getId()).hasUnpublishedChanges()).isTrue();

        publishing.publish(course.getId());
        CourseRevision second = catalog.landing(course.getSlug()).orElseThrow();
        assertThat(second.getNumber()).isEqualTo(2);
        assertThat(second.lessons()).extracting(RevisionLesson::getLessonKey)
                .as("lessons keep their identity").containsExactly(kept.getLessonKey(), added.getLessonKey());
        assertThat(second.lessons().getFirst().getBody().getBodyHtml()).isEqualTo("<p>Version two</p>");
        assertThat(courses.forEditing(course.getId()).hasUnpublishedChanges()).isFalse();
    }

    @Test
    void thePublishedSlugStaysAndAnArchivedCourseLeavesTheCatalog() {
        caller.actAs(trainer());
        Course course = publishedCourse("Archive me", Language.EN);
        CourseDetails details = courses.forEditing(course.getId()).details();
        details.setSlug(details.getSlug() + "-moved");
        assertThat(businessRefusal(() -> courses.describe(course.getId(), details)).getMessageKey()).isEqualTo("course.slug.fixed");
        courses.archive(course.getId());
        assertThat(catalog.landing(course.getSlug())).isEmpty();
        courses.unarchive(course.getId());
        assertThat(catalog.landing(course.getSlug())).isPresent();
    }

    // --- media -----------------------------------------------------------------------------------

    @Test
    void filesAreCheckedByContentAndSize() {
        caller.actAs(trainer());
        Lesson lesson = newLesson(LessonKind.VIDEO);
        byte[] mp4 = MediaSamples.mp4(2000);
        Lesson withVideo = curriculum.attach(lesson.getId(), MediaType.Use.VIDEO, new ByteArrayInputStream(mp4), "intro.mp4", "video");
        assertThat(withVideo.getBody().getVideo().getContentType()).isEqualTo("video/mp4");
        curriculum.attach(lesson.getId(), MediaType.Use.CAPTIONS, new ByteArrayInputStream(MediaSamples.webVtt()), "ur.vtt", "captions");

        assertThat(uploadRefusal(lesson, MediaType.Use.VIDEO, MediaSamples.png(10, 10), "disguised.mp4")).isEqualTo("media.wrong_type");
        assertThat(uploadRefusal(lesson, MediaType.Use.VIDEO, MediaSamples.truncated(mp4, mp4.length - 100), "broken.mp4"))
                .isEqualTo("media.wrong_type");
        assertThat(uploadRefusal(lesson, MediaType.Use.DOWNLOAD, "#!/bin/sh\nrm -rf /".getBytes(StandardCharsets.UTF_8), "guide.pdf"))
                .isEqualTo("media.wrong_type");
        byte[] big = MediaSamples.png(1800, 1800);
        assertThat(big.length).isGreaterThan(0);
        byte[] oversized = new byte[1024 * 1024 + 1];
        System.arraycopy(big, 0, oversized, 0, Math.min(big.length, oversized.length));
        assertThat(uploadRefusal(lesson, MediaType.Use.DOWNLOAD, oversized, "huge.png")).isEqualTo("media.too_large");
        assertThat(tx.<String>call(em -> em.find(Lesson.class, lesson.getId()).getBody().getVideo().getOriginalName()))
                .isEqualTo("intro.mp4");
    }

    @Test
    void lessonFilesGoToTheCourseTrainersAndCoversOfPublishedCoursesToEveryone() {
        Account owner = trainer();
        caller.actAs(owner);
        Course course = publishedCourse("Media access", Language.EN);
        courses.changeCover(course.getId(), new ByteArrayInputStream(MediaSamples.uniquePng()), "cover.png");
        Lesson lesson = newLessonIn(course, LessonKind.FILE);
        Media pdf = curriculum.attach(lesson.getId(), MediaType.Use.DOWNLOAD, new ByteArrayInputStream(MediaSamples.uniquePng()),
                "guide.png", "file").getBody().getFile();
        assertThat(media.access(pdf)).isEqualTo(MediaService.Access.PRIVATE);
        caller.actAs(trainer());
        assertThat(media.access(pdf)).isEqualTo(MediaService.Access.NONE);
        caller.anonymous();
        assertThat(media.access(pdf)).isEqualTo(MediaService.Access.NONE);

        Media cover = tx.call(em -> em.find(Course.class, course.getId()).getCover());
        assertThat(media.access(cover)).as("not yet published with this cover").isEqualTo(MediaService.Access.NONE);
        caller.actAs(owner);
        publishing.publish(course.getId());
        caller.anonymous();
        assertThat(media.access(cover)).isEqualTo(MediaService.Access.PUBLIC);
    }

    // --- export and import -----------------------------------------------------------------------

    @Test
    void anExportImportsAsAnEqualCourseWithItsFiles() {
        caller.actAs(trainer());
        Course original = publishedCourse("Round trip", Language.UR);
        courses.changeCover(original.getId(), new ByteArrayInputStream(MediaSamples.uniquePng()), "cover.png");
        Lesson video = newLessonIn(original, LessonKind.VIDEO);
        curriculum.attach(video.getId(), MediaType.Use.VIDEO, new ByteArrayInputStream(MediaSamples.mp4(3000)), "intro.mp4", "video");
        curriculum.updateLesson(video.getId(), policy(tx.call(em -> em.find(Lesson.class, video.getId()).content())));

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        transfers.export(original.getId(), zip);
        caller.actAs(trainer());
        Course copy = transfers.importArchive(new ByteArrayInputStream(zip.toByteArray()));

        assertThat(copy.getSlug()).isEqualTo(original.getSlug() + "-2");
        assertThat(copy.getStatus()).isEqualTo(CourseStatus.DRAFT);
        Course imported = courses.forEditing(copy.getId());
        Course source = tx.call(em -> {
            Course c = em.find(Course.class, original.getId());
            c.getModules().forEach(m -> m.getLessons().size());
            return c;
        });
        assertThat(imported.getTitle()).isEqualTo(source.getTitle());
        assertThat(imported.getLanguage()).isEqualTo(Language.UR);
        assertThat(imported.getCover().getSha256()).isEqualTo(source.getCover().getSha256());
        assertThat(lessonsOf(imported)).extracting(l -> l.getBody().getTitle(), l -> l.getBody().getBodyHtml(),
                        l -> l.getBody().getPolicyUrl(), l -> l.getBody().getVideo() == null ? null : l.getBody().getVideo().getSha256())
                .containsExactlyElementsOf(lessonsOf(source).stream().map(l -> org.assertj.core.groups.Tuple.tuple(l.getBody().getTitle(),
                        l.getBody().getBodyHtml(), l.getBody().getPolicyUrl(),
                        l.getBody().getVideo() == null ? null : l.getBody().getVideo().getSha256())).toList());
        assertThat(lessonsOf(imported)).extracting(Lesson::getLessonKey).doesNotContainAnyElementsOf(
                lessonsOf(source).stream().map(Lesson::getLessonKey).toList());
    }

    @Test
    void importedHtmlIsSanitisedAndHostileArchivesCreateNothing() {
        caller.actAs(trainer());
        long before = tx.number("SELECT COUNT(*) FROM course");
        String title = "Imported " + UUID.randomUUID();
        byte[] manifest = manifest(title, HOSTILE, null);
        Course imported = transfers.importArchive(new ByteArrayInputStream(new ZipBuilder().entry("manifest.json", manifest).build()));
        assertThat(lessonsOf(courses.forEditing(imported.getId())).getFirst().getBody().getBodyHtml())
                .contains("Hello").doesNotContain("script", "onclick", "javascript:", "onerror");

        byte[] png = MediaSamples.png(20, 20);
        List<byte[]> hostile = List.of(
                new ZipBuilder().entry("manifest.json", manifest("T", "<p>x</p>", null)).entry("../../evil.txt", png).build(),
                new ZipBuilder().entry("manifest.json", manifest("T", "<p>x</p>", ZipBuilder.sha256(png))).build(),
                new ZipBuilder().entry("manifest.json", manifest("T", "<p>x</p>", ZipBuilder.sha256(png)))
                        .entry("media/" + ZipBuilder.sha256(png), MediaSamples.pdf()).build(),
                new ZipBuilder().entry("manifest.json", manifest("T", "<p>x</p>", ZipBuilder.sha256(MediaSamples.pdf())))
                        .media(MediaSamples.pdf()).build(),
                new ZipBuilder().entry("manifest.json", "{\"format\":\"tijarat-course\"".getBytes(StandardCharsets.UTF_8)).build(),
                new ZipBuilder().entry("manifest.json", manifest("", "<p>x</p>", null)).build());
        for (byte[] zip : hostile) {
            BusinessException refusal = businessRefusal(() -> transfers.importArchive(new ByteArrayInputStream(zip)));
            assertThat(refusal.getMessageKey()).startsWith("import.");
        }
        assertThat(tx.number("SELECT COUNT(*) FROM course")).isEqualTo(before + 1);
    }

    // --- catalog ---------------------------------------------------------------------------------

    @Test
    void theCatalogFindsPublishedCoursesByWordsAndFilters() {
        caller.actAs(trainer());
        String marker = "zq" + UUID.randomUUID().toString().substring(0, 6);
        Course english = publishedCourse("Fulfilment " + marker, Language.EN);
        Course urdu = publishedCourse("ترسیل کے طریقے " + marker, Language.UR);
        Course draft = courses.create(details("Draft " + marker));

        assertThat(ids(catalog.search(query(marker, null, null), 0, 50))).contains(english.getId(), urdu.getId())
                .doesNotContain(draft.getId());
        assertThat(ids(catalog.search(query(marker, Language.UR, null), 0, 50))).containsExactly(urdu.getId());
        assertThat(ids(catalog.search(query("ترسيل " + marker, null, null), 0, 50)))
                .as("Arabic yeh finds the Urdu title").containsExactly(urdu.getId());
        assertThat(ids(catalog.search(query(marker, null, CourseLevel.ADVANCED), 0, 50))).isEmpty();
        assertThat(catalog.landing("no-such-course")).isEmpty();
        assertThat(catalog.landing("../../etc")).isEmpty();
        assertThat(catalog.trainers(catalog.landing(english.getSlug()).orElseThrow())).isNotEmpty();
    }

    // --- helpers ---------------------------------------------------------------------------------

    private Course publishedCourse(String title, Language language) {
        CourseDetails details = details(title);
        details.setLanguage(language);
        Course course = courses.create(details);
        CourseModule module = curriculum.addModule(course.getId(), "Module");
        filled(curriculum.addLesson(module.getId(), "Lesson", LessonKind.TEXT), "<p>Content of " + title + "</p>");
        publishing.publish(course.getId());
        return course;
    }

    private Lesson newLesson(LessonKind kind) {
        Course course = courses.create(details("Lessons"));
        return newLessonIn(course, kind);
    }

    private Lesson newLessonIn(Course course, LessonKind kind) {
        CourseModule module = curriculum.addModule(course.getId(), "Module " + kind);
        return curriculum.addLesson(module.getId(), "Lesson " + kind, kind);
    }

    private Lesson filled(Lesson lesson, String html) {
        return curriculum.updateLesson(lesson.getId(), text(html, lessonVersion(lesson)));
    }

    private long lessonVersion(Lesson lesson) {
        return tx.call(em -> em.find(Lesson.class, lesson.getId()).getVersion());
    }

    private List<String> moduleTitles(Course course) {
        return tx.call(em -> em.find(Course.class, course.getId()).getModules().stream().map(CourseModule::getTitle).toList());
    }

    private static List<Lesson> lessonsOf(Course course) {
        return course.getModules().stream().flatMap(m -> m.getLessons().stream()).toList();
    }

    private String uploadRefusal(Lesson lesson, MediaType.Use use, byte[] content, String name) {
        return businessRefusal(() -> curriculum.attach(lesson.getId(), use, new ByteArrayInputStream(content), name, "file"))
                .getMessageKey();
    }

    private List<String> publishRefusal(Course course) {
        BusinessException refusal = businessRefusal(() -> publishing.publish(course.getId()));
        assertThat(refusal.getMessageKey()).isEqualTo("publish.refused");
        return refusal.getReasons().stream().map(BusinessException::getMessageKey).toList();
    }

    private static CatalogService.Query query(String words, Language language, CourseLevel level) {
        return new CatalogService.Query(words, null, language, level);
    }

    private static List<Long> ids(CatalogService.Page page) {
        return page.courses().stream().map(r -> r.getCourse().getId()).toList();
    }

    private static LessonContent text(String html, long version) {
        LessonContent content = new LessonContent();
        content.setTitle("A lesson");
        content.setKind(LessonKind.TEXT);
        content.setMinutes(10);
        content.setBodyHtml(html);
        content.setVersion(version);
        return content;
    }

    private static LessonContent policy(LessonContent content) {
        content.setBodyHtml("<p>Watch this first</p>");
        content.setPolicyTitle("FBA prep");
        content.setPolicyUrl("https://sellercentral.amazon.com/help/hub/reference/external/G200141500");
        content.setPolicyEffective(java.time.LocalDate.of(2025, 1, 1));
        return content;
    }

    private static CourseDetails details(String title) {
        CourseDetails details = new CourseDetails();
        details.setTitle(title);
        details.setSlug("c-" + UUID.randomUUID().toString().substring(0, 13));
        details.setSummary("About " + title);
        details.setLanguage(Language.EN);
        details.setLevel(CourseLevel.BEGINNER);
        details.setCategory(CourseCategory.GETTING_STARTED);
        details.setEstimatedHours(new BigDecimal("1.5"));
        return details;
    }

    private static byte[] manifest(String title, String html, String coverSha) {
        String cover = coverSha == null ? "" : ",\"cover\":\"" + coverSha + "\"";
        return ("{\"format\":\"tijarat-course\",\"formatVersion\":1,\"course\":{\"title\":\"" + title + "\",\"slug\":\"imported-"
                + UUID.randomUUID().toString().substring(0, 8) + "\",\"summary\":\"s\",\"language\":\"en\",\"level\":\"BEGINNER\","
                + "\"category\":\"GETTING_STARTED\",\"estimatedHours\":1" + cover + ",\"modules\":[{\"title\":\"M\",\"lessons\":["
                + "{\"title\":\"L\",\"kind\":\"TEXT\",\"minutes\":5,\"html\":" + jsonString(html) + "}]}]},\"media\":[]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String jsonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private Account trainer() {
        return account(Role.TRAINER);
    }

    private Account learner() {
        return account(Role.LEARNER);
    }

    private Account admin() {
        return account(Role.ADMIN);
    }

    private Account account(Role role) {
        return tx.call(em -> {
            String email = role.name().toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8) + "@course.example";
            Account account = new Account(email, "Someone " + role, null, Language.EN, role, Instant.now());
            em.persist(account);
            em.flush();
            return account;
        });
    }

    private static BusinessException businessRefusal(Runnable action) {
        Throwable thrown = catchThrowable(action::run);
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof BusinessException business) {
                return business;
            }
        }
        throw new AssertionError("a business refusal, not " + thrown);
    }
}
