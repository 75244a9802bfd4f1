package org.tijarat.course;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.tijarat.identity.Account;
import org.tijarat.platform.BusinessException;
import org.tijarat.platform.ConcurrentChangeException;
import org.tijarat.platform.NotFoundException;

/** The modules and lessons of a course's draft: adding, editing, ordering, attaching files. */
@Stateless
public class CurriculumService {

    @Inject
    private CourseRepository courses;

    @Inject
    private CourseAccess access;

    @Inject
    private CourseHistory history;

    @Inject
    private MediaService media;

    public CourseModule addModule(long courseId, String title) {
        Course course = courses.lock(courseId);
        Account editor = access.requireEditor(course);
        CourseModule module = new CourseModule(course, requireTitle(title, "moduleTitle"), course.nextModulePosition());
        courses.persist(module);
        course.getModules().add(module);
        history.record(course, editor, "MODULE_ADDED", module.getTitle());
        return module;
    }

    public void renameModule(long moduleId, String title) {
        CourseModule module = courses.getModule(moduleId);
        Account editor = access.requireEditor(module.getCourse());
        module.rename(requireTitle(title, "renameTitle"));
        history.record(module.getCourse(), editor, "MODULE_RENAMED", module.getTitle());
    }

    /** Removes a module with its lessons from the draft; published revisions keep them. */
    public void removeModule(long moduleId) {
        CourseModule module = courses.getModule(moduleId);
        Course course = courses.lock(module.getCourse().getId());
        Account editor = access.requireEditor(course);
        module.getLessons().forEach(courses::remove);
        course.getModules().remove(module);
        courses.remove(module);
        renumberModules(course.getModules());
        history.record(course, editor, "MODULE_REMOVED", module.getTitle());
    }

    /** Moves a module one place up (-1) or down (+1), the keyboard alternative to dragging. */
    public void moveModule(long moduleId, int direction) {
        CourseModule module = courses.getModule(moduleId);
        Course course = courses.lock(module.getCourse().getId());
        List<Long> order = new ArrayList<>(course.getModules().stream().map(CourseModule::getId).toList());
        reorderModules(course.getId(), shifted(order, moduleId, direction));
    }

    /** Puts the course's modules in the given order (after a drag and drop); it must name each module once. */
    public void reorderModules(long courseId, List<Long> moduleIds) {
        Course course = courses.lock(courseId);
        Account editor = access.requireEditor(course);
        List<CourseModule> modules = course.getModules();
        ensureSameItems(modules.stream().map(CourseModule::getId).toList(), moduleIds);
        modules.sort((a, b) -> Integer.compare(moduleIds.indexOf(a.getId()), moduleIds.indexOf(b.getId())));
        renumberModules(modules);
        history.record(course, editor, "MODULES_REORDERED", null);
    }

    public Lesson addLesson(long moduleId, String title, LessonKind kind) {
        CourseModule module = courses.getModule(moduleId);
        Course course = courses.lock(module.getCourse().getId());
        Account editor = access.requireEditor(course);
        Lesson lesson = new Lesson(module, requireTitle(title, "lessonTitle"), kind, module.nextLessonPosition());
        courses.persist(lesson);
        module.getLessons().add(lesson);
        history.record(course, editor, "LESSON_ADDED", lesson.getTitle());
        return lesson;
    }

    /** The lesson for its editors. */
    public Lesson lessonForEditing(long lessonId) {
        Lesson lesson = courses.getLesson(lessonId);
        access.requireEditor(lesson.getModule().getCourse());
        return lesson;
    }

    /**
     * Saves edited content. A stale version (someone saved meanwhile) is refused without
     * overwriting, so the page keeps what this editor typed.
     */
    public Lesson updateLesson(long lessonId, @NotNull @Valid LessonContent content) {
        Lesson lesson = courses.getLesson(lessonId);
        Account editor = access.requireEditor(lesson.getModule().getCourse());
        if (lesson.getVersion() != content.getVersion()) {
            throw new ConcurrentChangeException();
        }
        lesson.update(content);
        courses.flush();
        history.record(lesson.getModule().getCourse(), editor, "LESSON_CHANGED", lesson.getTitle());
        return lesson;
    }

    /** Attaches an uploaded file (video, captions, download) to the lesson. */
    public Lesson attach(long lessonId, MediaType.Use use, InputStream content, String fileName, String field) {
        Lesson lesson = courses.getLesson(lessonId);
        Account editor = access.requireEditor(lesson.getModule().getCourse());
        lesson.attach(use, media.upload(content, fileName, use, field));
        history.record(lesson.getModule().getCourse(), editor, "FILE_ATTACHED", lesson.getTitle() + ": " + fileName);
        return lesson;
    }

    public void detach(long lessonId, MediaType.Use use) {
        Lesson lesson = courses.getLesson(lessonId);
        Account editor = access.requireEditor(lesson.getModule().getCourse());
        lesson.attach(use, null);
        history.record(lesson.getModule().getCourse(), editor, "FILE_REMOVED", lesson.getTitle());
    }

    public void removeLesson(long lessonId) {
        Lesson lesson = courses.getLesson(lessonId);
        CourseModule module = lesson.getModule();
        Course course = courses.lock(module.getCourse().getId());
        Account editor = access.requireEditor(course);
        module.getLessons().remove(lesson);
        courses.remove(lesson);
        renumberLessons(module.getLessons());
        history.record(course, editor, "LESSON_REMOVED", lesson.getTitle());
    }

    public void moveLesson(long lessonId, int direction) {
        Lesson lesson = courses.getLesson(lessonId);
        CourseModule module = lesson.getModule();
        List<Long> order = new ArrayList<>(module.getLessons().stream().map(Lesson::getId).toList());
        reorderLessons(module.getId(), shifted(order, lessonId, direction));
    }

    public void reorderLessons(long moduleId, List<Long> lessonIds) {
        CourseModule module = courses.getModule(moduleId);
        Course course = courses.lock(module.getCourse().getId());
        Account editor = access.requireEditor(course);
        List<Lesson> lessons = module.getLessons();
        ensureSameItems(lessons.stream().map(Lesson::getId).toList(), lessonIds);
        lessons.sort((a, b) -> Integer.compare(lessonIds.indexOf(a.getId()), lessonIds.indexOf(b.getId())));
        renumberLessons(lessons);
        history.record(course, editor, "LESSONS_REORDERED", module.getTitle());
    }

    /** A draft lesson of the course as a learner would see it, for its editors' preview. */
    public Lesson preview(long courseId, String lessonKey) {
        Course course = courses.get(courseId);
        access.requireEditor(course);
        return courses.findLesson(course, lessonKey).orElseThrow(NotFoundException::new);
    }

    private static void renumberModules(List<CourseModule> modules) {
        for (int i = 0; i < modules.size(); i++) {
            modules.get(i).moveTo(i + 1);
        }
    }

    private static void renumberLessons(List<Lesson> lessons) {
        for (int i = 0; i < lessons.size(); i++) {
            lessons.get(i).moveTo(lessons.get(i).getModule(), i + 1);
        }
    }

    private static List<Long> shifted(List<Long> order, long id, int direction) {
        int from = order.indexOf(id);
        int to = from + Integer.signum(direction);
        if (from >= 0 && to >= 0 && to < order.size()) {
            order.set(from, order.get(to));
            order.set(to, id);
        }
        return order;
    }

    private static void ensureSameItems(List<Long> current, List<Long> proposed) {
        if (proposed.size() != current.size() || !proposed.containsAll(current)) {
            // the page showed an older outline: someone added or removed something meanwhile
            throw new ConcurrentChangeException();
        }
    }

    private static String requireTitle(String title, String field) {
        if (title == null || title.isBlank()) {
            throw BusinessException.at(field, "course.title.required");
        }
        if (title.strip().length() > CourseDetails.TITLE_MAX) {
            throw BusinessException.at(field, "general.too_long_text", CourseDetails.TITLE_MAX);
        }
        return title.strip();
    }
}
