package org.tijarat.enrollment;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tijarat.course.CourseRevision;
import org.tijarat.course.RevisionLesson;
import org.tijarat.course.RevisionModule;

/**
 * A published course as one learner sees it: which lessons are done, which modules are still
 * locked (when modules unlock in order), and how far along they are.
 */
public final class Outline implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A module in the outline, locked until the one before it is complete when the course is sequential. */
    public record Module(RevisionModule module, boolean locked, List<Lesson> lessons) implements Serializable {
    }

    /** A lesson in the outline. */
    public record Lesson(RevisionLesson lesson, boolean done, boolean locked) implements Serializable {
    }

    private final List<Module> modules = new ArrayList<>();
    private final int percent;

    public Outline(CourseRevision revision, Set<String> done, boolean sequential) {
        boolean previousComplete = true;
        for (RevisionModule module : revision.getModules()) {
            boolean locked = sequential && !previousComplete;
            List<Lesson> lessons = module.getLessons().stream()
                    .map(l -> new Lesson(l, done.contains(l.getLessonKey()), locked)).toList();
            modules.add(new Module(module, locked, lessons));
            previousComplete = previousComplete && module.getLessons().stream()
                    .filter(l -> l.getBody().isRequired()).allMatch(l -> done.contains(l.getLessonKey()));
        }
        this.percent = percent(revision, done);
    }

    /** The lessons marked required. */
    public static Set<String> requiredKeys(CourseRevision revision) {
        return revision.lessons().stream().filter(l -> l.getBody().isRequired()).map(RevisionLesson::getLessonKey)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The lessons that progress and completion count: the required ones, or all when none is required. */
    public static Set<String> countedKeys(CourseRevision revision) {
        Set<String> required = requiredKeys(revision);
        return required.isEmpty()
                ? revision.lessons().stream().map(RevisionLesson::getLessonKey).collect(java.util.stream.Collectors.toSet())
                : required;
    }

    /** Share of the counted lessons done, 0–100. */
    public static int percent(CourseRevision revision, Set<String> done) {
        Set<String> counted = countedKeys(revision);
        if (counted.isEmpty()) {
            return 0;
        }
        long finished = counted.stream().filter(done::contains).count();
        return (int) (100 * finished / counted.size());
    }

    public List<Module> getModules() {
        return modules;
    }

    public int getPercent() {
        return percent;
    }

    public List<Lesson> lessons() {
        return modules.stream().flatMap(m -> m.lessons().stream()).toList();
    }

    public Optional<Lesson> find(String lessonKey) {
        return lessons().stream().filter(l -> l.lesson().getLessonKey().equals(lessonKey)).findFirst();
    }

    /** Where to continue: the last lesson visited if it still exists, else the first open lesson not done. */
    public Optional<Lesson> continueAt(String lastVisited) {
        List<Lesson> all = lessons();
        Optional<Lesson> last = lastVisited == null ? Optional.empty() : find(lastVisited).filter(l -> !l.locked());
        if (last.isPresent() && !last.get().done()) {
            return last;
        }
        return all.stream().filter(l -> !l.done() && !l.locked()).findFirst()
                .or(() -> last)
                .or(() -> all.stream().findFirst());
    }

    public Optional<Lesson> previous(String lessonKey) {
        List<Lesson> all = lessons();
        for (int i = 1; i < all.size(); i++) {
            if (all.get(i).lesson().getLessonKey().equals(lessonKey)) {
                return Optional.of(all.get(i - 1));
            }
        }
        return Optional.empty();
    }

    public Optional<Lesson> next(String lessonKey) {
        List<Lesson> all = lessons();
        for (int i = 0; i < all.size() - 1; i++) {
            if (all.get(i).lesson().getLessonKey().equals(lessonKey)) {
                return Optional.of(all.get(i + 1));
            }
        }
        return Optional.empty();
    }
}
