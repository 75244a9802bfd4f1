package org.tijarat.assessment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tijarat.platform.BusinessException;

/**
 * A quiz in a course: which questions it asks (slots), when it may be taken, for how long, how
 * often, how attempts make a grade, what passes, and when learners see feedback.
 */
@Entity
@Table(name = "quiz")
public class Quiz implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    public static final int TITLE_MAX = 160;
    public static final int DESCRIPTION_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id", nullable = false)
    private Long courseId;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Column(name = "time_limit_min")
    private Integer timeLimitMinutes;

    @Column(name = "opens_at")
    private Instant opensAt;

    @Column(name = "closes_at")
    private Instant closesAt;

    @Column(name = "attempts_allowed")
    private Integer attemptsAllowed;

    @Enumerated(EnumType.STRING)
    @Column(name = "grading_method", nullable = false, length = 20)
    private GradingMethod gradingMethod;

    @Column(name = "pass_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal passPercent;

    @Enumerated(EnumType.STRING)
    @Column(name = "feedback_timing", nullable = false, length = 20)
    private FeedbackTiming feedbackTiming;

    @Column(name = "shuffle_questions", nullable = false)
    private boolean shuffleQuestions;

    @Column(name = "shuffle_options", nullable = false)
    private boolean shuffleOptions;

    @Column(nullable = false)
    private boolean required;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "quiz", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<QuizSlot> slots = new ArrayList<>();

    @Version
    private long version;

    protected Quiz() {
    }

    public Quiz(long courseId, String title, Instant now) {
        this.courseId = courseId;
        this.title = title;
        this.gradingMethod = GradingMethod.HIGHEST;
        this.passPercent = BigDecimal.valueOf(60);
        this.feedbackTiming = FeedbackTiming.IMMEDIATELY;
        this.createdAt = now;
    }

    /** Applies settings a trainer saved, after checking they make sense together. */
    public void configure(QuizSettings s) {
        if (s.opensAt() != null && s.closesAt() != null && !s.closesAt().isAfter(s.opensAt())) {
            throw BusinessException.at("closesAt", "quiz.window_backwards");
        }
        if (s.passPercent().signum() < 0 || s.passPercent().compareTo(BigDecimal.valueOf(100)) > 0) {
            throw BusinessException.at("passPercent", "quiz.bad_pass_percent");
        }
        if (s.timeLimitMinutes() != null && (s.timeLimitMinutes() < 1 || s.timeLimitMinutes() > 24 * 60)) {
            throw BusinessException.at("timeLimit", "quiz.bad_time_limit");
        }
        if (s.attemptsAllowed() != null && s.attemptsAllowed() < 1) {
            throw BusinessException.at("attempts", "quiz.bad_attempts");
        }
        title = s.title().strip();
        description = s.description();
        timeLimitMinutes = s.timeLimitMinutes();
        opensAt = s.opensAt();
        closesAt = s.closesAt();
        attemptsAllowed = s.attemptsAllowed();
        gradingMethod = s.gradingMethod();
        passPercent = s.passPercent();
        feedbackTiming = s.feedbackTiming();
        shuffleQuestions = s.shuffleQuestions();
        shuffleOptions = s.shuffleOptions();
        required = s.required();
    }

    public QuizSettings settings() {
        return new QuizSettings(title, description, timeLimitMinutes, opensAt, closesAt, attemptsAllowed, gradingMethod,
                passPercent, feedbackTiming, shuffleQuestions, shuffleOptions, required);
    }

    /** Refuses a start outside the availability window or beyond the learner's allowed attempts. */
    public void checkCanStart(Instant now, int attemptsMade, QuizOverride override, long questionSlots) {
        if (opensAt != null && now.isBefore(opensAt)) {
            throw new BusinessException("attempt.not_open_yet");
        }
        if (closesAt != null && !now.isBefore(closesAt)) {
            throw new BusinessException("attempt.closed");
        }
        if (questionSlots == 0) {
            throw new BusinessException("attempt.no_questions");
        }
        if (attemptsAllowed != null && attemptsMade >= attemptsAllowed + (override == null ? 0 : override.getExtraAttempts())) {
            throw new BusinessException("attempt.no_attempts_left");
        }
    }

    /** When an attempt started now must be in: the time limit (plus any extra time) and the window's close, whichever is first. */
    public Instant deadlineFor(Instant start, QuizOverride override) {
        Instant deadline = null;
        if (timeLimitMinutes != null) {
            int minutes = timeLimitMinutes + (override == null ? 0 : override.getExtraMinutes());
            deadline = start.plus(Duration.ofMinutes(minutes));
        }
        if (closesAt != null && (deadline == null || closesAt.isBefore(deadline))) {
            deadline = closesAt;
        }
        return deadline;
    }

    /** Whether a learner may see feedback and the right answers of a submitted attempt now. */
    public boolean showsFeedback(Instant now) {
        return switch (feedbackTiming) {
            case IMMEDIATELY -> true;
            case AFTER_CLOSE -> closesAt != null && !now.isBefore(closesAt);
            case NEVER -> false;
        };
    }

    public boolean passes(BigDecimal percent) {
        return percent != null && percent.compareTo(passPercent) >= 0;
    }

    public QuizSlot addSlot(Question question, QuestionCategory category, int drawCount, BigDecimal points) {
        QuizSlot slot = new QuizSlot(this, slots.size() + 1, question, category, drawCount, points);
        slots.add(slot);
        return slot;
    }

    public void removeSlot(long slotId) {
        slots.removeIf(s -> s.getId() != null && s.getId() == slotId);
        for (int i = 0; i < slots.size(); i++) {
            slots.get(i).moveTo(i + 1);
        }
    }

    public String requirementKey() {
        return "quiz:" + id;
    }

    public Long getId() {
        return id;
    }

    public Long getCourseId() {
        return courseId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Integer getTimeLimitMinutes() {
        return timeLimitMinutes;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public Integer getAttemptsAllowed() {
        return attemptsAllowed;
    }

    public GradingMethod getGradingMethod() {
        return gradingMethod;
    }

    public BigDecimal getPassPercent() {
        return passPercent;
    }

    public FeedbackTiming getFeedbackTiming() {
        return feedbackTiming;
    }

    public boolean isShuffleQuestions() {
        return shuffleQuestions;
    }

    public boolean isShuffleOptions() {
        return shuffleOptions;
    }

    public boolean isRequired() {
        return required;
    }

    public List<QuizSlot> getSlots() {
        return List.copyOf(slots);
    }

    public long getVersion() {
        return version;
    }
}
