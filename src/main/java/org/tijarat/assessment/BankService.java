package org.tijarat.assessment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tijarat.assessment.QuestionDraft.Choice;
import org.tijarat.assessment.QuestionDraft.NumericAnswer;
import org.tijarat.assessment.QuestionDraft.Pair;
import org.tijarat.course.CourseOutlines;
import org.tijarat.identity.Caller;
import org.tijarat.identity.Role;
import org.tijarat.platform.BusinessException;
import org.tijarat.platform.HtmlSanitizer;

/**
 * A course's question bank, kept by its trainers: categories, questions and their versions, the
 * answer-key correction, and import and export in GIFT and Moodle XML.
 */
@Stateless
public class BankService {

    public static final String DEFAULT_CATEGORY = "Default";
    public static final int MAX_IMPORT_BYTES = 5 * 1024 * 1024;

    @Inject
    private AssessmentRepository repository;

    @Inject
    private CourseOutlines outlines;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    public List<QuestionCategory> categories(long courseId) {
        requireEditor(courseId);
        return repository.categories(courseId);
    }

    public List<Question> questions(long courseId, Long categoryId, String tag) {
        requireEditor(courseId);
        return repository.questions(courseId, categoryId, tag);
    }

    public Question question(long questionId) {
        Question question = repository.getQuestion(questionId);
        requireEditor(question.getCourseId());
        question.getCurrentVersion().content();
        return question;
    }

    public QuestionCategory category(long courseId, String name) {
        requireEditor(courseId);
        return categoryNamed(courseId, name);
    }

    public Question create(long courseId, QuestionForm form) {
        requireEditor(courseId);
        return add(courseId, form, clock.instant());
    }

    /**
     * Saves an edit: name, category and tags change in place; a change to what the question asks
     * (text, options, key, marks) becomes a new version, so attempts keep the one they were asked.
     */
    public Question edit(long questionId, QuestionForm form) {
        Question question = repository.getQuestion(questionId);
        requireEditor(question.getCourseId());
        QuestionContent content = checked(form.content(), question.getType());
        question.rename(name(form), categoryNamed(question.getCourseId(), form.category()), form.tags());
        QuestionVersion current = question.getCurrentVersion();
        if (!current.content().equals(content) || current.getPoints().compareTo(form.points()) != 0) {
            newVersion(question, content, form.points(), clock.instant());
        }
        return question;
    }

    /**
     * Corrects the key of a version. Applied to existing attempts, the version changes in place and
     * every submitted attempt that asked it is regraded in the background (open ones are graded with
     * the corrected key when submitted). Otherwise the correction is an edit like any other of the
     * current version: only new attempts get it. Returns the regrade, if any.
     */
    public RegradeJob correctKey(long versionId, List<BigDecimal> fractions, boolean applyToExisting) {
        QuestionVersion version = repository.getVersion(versionId);
        Question question = version.getQuestion();
        requireEditor(question.getCourseId());
        QuestionContent corrected = checked(version.content().withKey(fractions), question.getType());
        Instant now = clock.instant();
        if (!applyToExisting) {
            if (!version.getId().equals(question.getCurrentVersion().getId())) {
                throw new BusinessException("question.correct_current_only");
            }
            newVersion(question, corrected, version.getPoints(), now);
            return null;
        }
        version.correctKey(corrected, now);
        List<QuizAttempt> affected = repository.submittedWith(version.getId());
        RegradeJob job = new RegradeJob(version, caller.id().orElse(null), affected.size(), now);
        repository.persist(job);
        affected.forEach(a -> repository.persist(new RegradeItem(job, a)));
        return job;
    }

    public void archive(long questionId) {
        Question question = repository.getQuestion(questionId);
        requireEditor(question.getCourseId());
        question.archive();
    }

    /** Reads an import file without storing anything: its questions and every problem, with line numbers. */
    public ParsedBank preview(long courseId, String fileName, byte[] content) {
        requireEditor(courseId);
        if (content.length > MAX_IMPORT_BYTES) {
            throw new BusinessException("import.too_large", MAX_IMPORT_BYTES / (1024 * 1024));
        }
        String text = new String(content, java.nio.charset.StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        ParsedBank parsed = isXml(fileName, text) ? MoodleXmlFormat.read(text) : GiftFormat.read(text);
        List<FormatProblem> problems = new ArrayList<>(parsed.problems());
        List<QuestionDraft> sound = new ArrayList<>();
        for (QuestionDraft draft : parsed.questions()) {
            List<String> wrong = QuestionRules.problems(QuestionContent.of(draft));
            wrong.forEach(key -> problems.add(new FormatProblem(draft.line(), key, List.of(draftName(draft)))));
            if (wrong.isEmpty()) {
                sound.add(draft);
            }
        }
        problems.sort(java.util.Comparator.comparingInt(FormatProblem::line));
        return new ParsedBank(sound, problems);
    }

    /**
     * Stores what a preview read. A file with problems imports nothing unless the trainer chose to
     * import only the valid questions. Returns how many were imported.
     */
    public int importQuestions(long courseId, ParsedBank preview, boolean onlyValid) {
        requireEditor(courseId);
        if (!preview.isClean() && !onlyValid) {
            throw new BusinessException("import.has_problems", preview.problems().size());
        }
        Instant now = clock.instant();
        for (QuestionDraft draft : preview.questions()) {
            String category = draft.category() == null || draft.category().isBlank() ? DEFAULT_CATEGORY : draft.category();
            add(courseId, new QuestionForm(category, draftName(draft), List.of(), draft.points(), QuestionContent.of(draft)), now);
        }
        return preview.questions().size();
    }

    /** The bank as a file: {@code gift} or {@code xml} (Moodle XML). */
    public String export(long courseId, String format) {
        requireEditor(courseId);
        List<QuestionDraft> drafts = repository.questions(courseId, null, null).stream()
                .map(q -> q.getCurrentVersion().content().toDraft(q.getCategory().getName(), q.getName(),
                        q.getCurrentVersion().getPoints()))
                .toList();
        return "xml".equals(format) ? MoodleXmlFormat.write(drafts) : GiftFormat.write(drafts);
    }

    private Question add(long courseId, QuestionForm form, Instant now) {
        QuestionContent content = checked(form.content(), form.content().type());
        Question question = new Question(courseId, categoryNamed(courseId, form.category()), content.type(), name(form), now);
        question.rename(name(form), question.getCategory(), form.tags());
        repository.persist(question);
        repository.flush();
        newVersion(question, content, form.points(), now);
        return question;
    }

    private void newVersion(Question question, QuestionContent content, BigDecimal points, Instant now) {
        if (points.signum() <= 0 || points.compareTo(BigDecimal.valueOf(1000)) > 0) {
            throw BusinessException.at("points", "question.bad_points");
        }
        int number = question.getId() == null || question.getCurrentVersion() == null ? 1 : repository.nextVersionNumber(question.getId());
        QuestionVersion version = new QuestionVersion(question, number, content, points, now);
        repository.persist(version);
        question.makeCurrent(version);
    }

    private QuestionCategory categoryNamed(long courseId, String name) {
        String wanted = name == null || name.isBlank() ? DEFAULT_CATEGORY : name.strip();
        if (wanted.length() > QuestionCategory.NAME_MAX) {
            throw BusinessException.at("category", "question.category_too_long", QuestionCategory.NAME_MAX);
        }
        return repository.findCategory(courseId, wanted).orElseGet(() -> {
            QuestionCategory created = new QuestionCategory(courseId, wanted);
            repository.persist(created);
            repository.flush();
            return created;
        });
    }

    /** Sanitises the HTML of text and feedback, and refuses an unsound question with all its reasons. */
    private static QuestionContent checked(QuestionContent q, QuestionType type) {
        if (q.type() != type) {
            throw new BusinessException("question.type_fixed");
        }
        List<Choice> choices = q.choices().stream().map(c -> new Choice(c.text().strip(), c.fraction(), clean(c.feedback()))).toList();
        List<NumericAnswer> numbers = q.numbers().stream()
                .map(n -> new NumericAnswer(n.value(), n.tolerance(), n.fraction(), clean(n.feedback()))).toList();
        List<Pair> pairs = q.pairs().stream().map(p -> new Pair(p.item().strip(), p.match().strip())).toList();
        QuestionContent clean = new QuestionContent(q.type(), clean(q.text()), clean(q.generalFeedback()), choices, pairs, numbers,
                q.caseSensitive(), q.rubric());
        List<String> problems = QuestionRules.problems(clean);
        if (!problems.isEmpty()) {
            throw BusinessException.withReasons("question.unsound", problems.stream().map(BusinessException::new).toList());
        }
        return clean;
    }

    private static String clean(String html) {
        return html == null || html.isBlank() ? "" : HtmlSanitizer.clean(html);
    }

    private static String name(QuestionForm form) {
        String name = form.name() == null || form.name().isBlank()
                ? HtmlSanitizer.text(form.content().text()) : form.name().strip();
        return name.length() > Question.NAME_MAX ? name.substring(0, Question.NAME_MAX - 1) + "…" : name;
    }

    private static String draftName(QuestionDraft draft) {
        if (draft.name() != null && !draft.name().isBlank()) {
            return draft.name();
        }
        String text = HtmlSanitizer.text(draft.text() == null ? "" : draft.text());
        return text.length() > 60 ? text.substring(0, 59) + "…" : text;
    }

    private static boolean isXml(String fileName, String text) {
        return (fileName != null && fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".xml")) || text.stripLeading().startsWith("<");
    }

    private void requireEditor(long courseId) {
        caller.require(Role.TRAINER, Role.ADMIN);
        outlines.requireEditor(courseId);
    }
}
