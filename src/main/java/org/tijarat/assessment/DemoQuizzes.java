package org.tijarat.assessment;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tijarat.course.CourseOutlines;

/**
 * Starter quizzes for {@code scripts/run}: the question bank of "Selling on Amazon from Pakistan"
 * (a GIFT file on the classpath, one category per module), a quiz for each module and a final
 * assessment that draws two questions from every module and adds a written answer. Once, on
 * first start. Written straight to the bank (no trainer is signed in at start-up).
 */
@Singleton
@Startup
@DependsOn("DemoCourses")
public class DemoQuizzes {

    static final String COURSE = "selling-on-amazon-from-pakistan";
    private static final Logger LOG = Logger.getLogger(DemoQuizzes.class.getName());

    @Inject
    @ConfigProperty(name = "tijarat.demo-data", defaultValue = "false")
    private boolean enabled;

    @Inject
    private AssessmentRepository repository;

    @Inject
    private CourseOutlines outlines;

    @Inject
    private Clock clock;

    @PostConstruct
    void seed() {
        var course = outlines.bySlug(COURSE);
        if (!enabled || course.isEmpty() || !repository.quizzes(course.get().getId()).isEmpty()) {
            return;
        }
        long courseId = course.get().getId();
        Instant now = clock.instant();
        ParsedBank bank = GiftFormat.read(read("/demo/quizzes/" + COURSE + ".gift"));
        if (!bank.isClean()) {
            throw new IllegalStateException("The starter question bank has problems: " + bank.problems());
        }
        Map<String, QuestionCategory> categories = new LinkedHashMap<>();
        Map<String, List<Question>> byCategory = new LinkedHashMap<>();
        Question essay = null;
        for (QuestionDraft draft : bank.questions()) {
            QuestionCategory category = categories.computeIfAbsent(draft.category(), name -> {
                QuestionCategory created = new QuestionCategory(courseId, name);
                repository.persist(created);
                repository.flush();
                return created;
            });
            Question question = new Question(courseId, category, draft.type(), draft.name(), now);
            question.rename(draft.name(), category, List.of("starter"));
            repository.persist(question);
            repository.flush();
            QuestionVersion version = new QuestionVersion(question, 1, QuestionContent.of(draft),
                    draft.type() == QuestionType.ESSAY ? BigDecimal.valueOf(4) : BigDecimal.ONE, now);
            repository.persist(version);
            question.makeCurrent(version);
            if (draft.type() == QuestionType.ESSAY) {
                essay = question;
            } else {
                byCategory.computeIfAbsent(draft.category(), k -> new java.util.ArrayList<>()).add(question);
            }
        }
        int module = 0;
        for (var entry : byCategory.entrySet()) {
            module++;
            Quiz quiz = new Quiz(courseId, "Module " + module + " quiz: " + entry.getKey(), now);
            quiz.configure(new QuizSettings(quiz.getTitle(), "Check what you learned in this module. Take it as often as you like.",
                    null, null, null, null, GradingMethod.HIGHEST, BigDecimal.valueOf(60), FeedbackTiming.IMMEDIATELY, false, true, false));
            entry.getValue().forEach(q -> quiz.addSlot(q, null, 1, null));
            repository.persist(quiz);
        }
        Quiz last = new Quiz(courseId, "Final assessment", now);
        last.configure(new QuizSettings("Final assessment", "Two questions from every module and one written answer, in 45 minutes."
                + " You have two attempts; the higher one counts.", 45, null, null, 2, GradingMethod.HIGHEST, BigDecimal.valueOf(70),
                FeedbackTiming.IMMEDIATELY, true, true, false));
        categories.forEach((name, category) -> {
            if (byCategory.containsKey(name)) {
                last.addSlot(null, category, 2, null);
            }
        });
        if (essay != null) {
            last.addSlot(essay, null, 1, null);
        }
        repository.persist(last);
        LOG.info(() -> "Starter quizzes created: " + (byCategory.size() + 1));
    }

    private static String read(String path) {
        try (InputStream in = DemoQuizzes.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing starter content " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
