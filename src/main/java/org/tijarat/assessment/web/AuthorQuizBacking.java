package org.tijarat.assessment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.tijarat.assessment.BankService;
import org.tijarat.assessment.FeedbackTiming;
import org.tijarat.assessment.GradingMethod;
import org.tijarat.assessment.Question;
import org.tijarat.assessment.QuestionCategory;
import org.tijarat.assessment.Quiz;
import org.tijarat.assessment.QuizOverride;
import org.tijarat.assessment.QuizService;
import org.tijarat.assessment.QuizSettings;
import org.tijarat.identity.web.TimesBacking;
import org.tijarat.platform.BusinessException;
import org.tijarat.platform.web.FacesMessages;

/**
 * {@code /author/quiz?id=ID}: a quiz's settings, its questions (fixed or drawn from a category)
 * and per-learner overrides. Dates are typed as local date-times in the trainer's time zone.
 */
@Named("authorQuiz")
@ViewScoped
public class AuthorQuizBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private QuizService quizzes;

    @Inject
    private BankService bank;

    @Inject
    private TimesBacking times;

    private Long id;
    private Quiz quiz;
    private List<Question> questions;
    private List<QuestionCategory> categories;
    private List<QuizOverride> overrides;

    private String title;
    private String description;
    private Integer timeLimit;
    private String opensAt;
    private String closesAt;
    private Integer attempts;
    private GradingMethod gradingMethod;
    private BigDecimal passPercent;
    private FeedbackTiming feedbackTiming;
    private boolean shuffleQuestions;
    private boolean shuffleOptions;
    private boolean required;

    private Long questionId;
    private Long categoryId;
    private Integer drawCount = 1;
    private BigDecimal points;
    private String learnerEmail;
    private int extraAttempts;
    private int extraMinutes;
    private String reason;

    public void load() {
        quiz = quizzes.quiz(id);
        questions = bank.questions(quiz.getCourseId(), null, null);
        categories = bank.categories(quiz.getCourseId());
        overrides = quizzes.overrides(id);
        QuizSettings s = quiz.settings();
        title = s.title();
        description = s.description();
        timeLimit = s.timeLimitMinutes();
        opensAt = local(s.opensAt());
        closesAt = local(s.closesAt());
        attempts = s.attemptsAllowed();
        gradingMethod = s.gradingMethod();
        passPercent = s.passPercent();
        feedbackTiming = s.feedbackTiming();
        shuffleQuestions = s.shuffleQuestions();
        shuffleOptions = s.shuffleOptions();
        required = s.required();
    }

    public void saveSettings() {
        quizzes.configure(id, quiz.getVersion(), new QuizSettings(title, description, timeLimit, instant("opensAt", opensAt),
                instant("closesAt", closesAt), attempts, gradingMethod, passPercent, feedbackTiming, shuffleQuestions,
                shuffleOptions, required));
        FacesMessages.info("author_quiz.saved");
        load();
    }

    public void addQuestion() {
        if (questionId == null) {
            throw BusinessException.at("questionId", "general.required");
        }
        quizzes.addQuestion(id, questionId, points);
        FacesMessages.info("author_quiz.question_added");
        questionId = null;
        load();
    }

    public void addRandom() {
        if (categoryId == null || drawCount == null) {
            throw BusinessException.at("categoryId", "general.required");
        }
        quizzes.addRandom(id, categoryId, drawCount, points);
        FacesMessages.info("author_quiz.question_added");
        load();
    }

    public void removeSlot(long slotId) {
        quizzes.removeSlot(id, slotId);
        load();
    }

    public void grant() {
        quizzes.grant(id, learnerEmail, extraAttempts, extraMinutes, reason);
        FacesMessages.info("author_quiz.override_saved", learnerEmail);
        learnerEmail = null;
        reason = null;
        load();
    }

    private String local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone()).toString();
    }

    private Instant instant(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip()).atZone(zone()).toInstant();
        } catch (DateTimeParseException e) {
            throw BusinessException.at(field, "author_quiz.date_format");
        }
    }

    private ZoneId zone() {
        return times.zone();
    }

    public GradingMethod[] getGradingMethods() {
        return GradingMethod.values();
    }

    public FeedbackTiming[] getFeedbackTimings() {
        return FeedbackTiming.values();
    }

    public Quiz getQuiz() {
        return quiz;
    }

    public List<Question> getQuestions() {
        return questions;
    }

    public List<QuestionCategory> getCategories() {
        return categories;
    }

    public List<QuizOverride> getOverrides() {
        return overrides;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getTimeLimit() {
        return timeLimit;
    }

    public void setTimeLimit(Integer timeLimit) {
        this.timeLimit = timeLimit;
    }

    public String getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(String opensAt) {
        this.opensAt = opensAt;
    }

    public String getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(String closesAt) {
        this.closesAt = closesAt;
    }

    public Integer getAttempts() {
        return attempts;
    }

    public void setAttempts(Integer attempts) {
        this.attempts = attempts;
    }

    public GradingMethod getGradingMethod() {
        return gradingMethod;
    }

    public void setGradingMethod(GradingMethod gradingMethod) {
        this.gradingMethod = gradingMethod;
    }

    public BigDecimal getPassPercent() {
        return passPercent;
    }

    public void setPassPercent(BigDecimal passPercent) {
        this.passPercent = passPercent;
    }

    public FeedbackTiming getFeedbackTiming() {
        return feedbackTiming;
    }

    public void setFeedbackTiming(FeedbackTiming feedbackTiming) {
        this.feedbackTiming = feedbackTiming;
    }

    public boolean isShuffleQuestions() {
        return shuffleQuestions;
    }

    public void setShuffleQuestions(boolean shuffleQuestions) {
        this.shuffleQuestions = shuffleQuestions;
    }

    public boolean isShuffleOptions() {
        return shuffleOptions;
    }

    public void setShuffleOptions(boolean shuffleOptions) {
        this.shuffleOptions = shuffleOptions;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public Long getQuestionId() {
        return questionId;
    }

    public void setQuestionId(Long questionId) {
        this.questionId = questionId;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public Integer getDrawCount() {
        return drawCount;
    }

    public void setDrawCount(Integer drawCount) {
        this.drawCount = drawCount;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public void setPoints(BigDecimal points) {
        this.points = points;
    }

    public String getLearnerEmail() {
        return learnerEmail;
    }

    public void setLearnerEmail(String learnerEmail) {
        this.learnerEmail = learnerEmail;
    }

    public int getExtraAttempts() {
        return extraAttempts;
    }

    public void setExtraAttempts(int extraAttempts) {
        this.extraAttempts = extraAttempts;
    }

    public int getExtraMinutes() {
        return extraMinutes;
    }

    public void setExtraMinutes(int extraMinutes) {
        this.extraMinutes = extraMinutes;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
