package org.tijarat.assessment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import org.tijarat.assessment.AttemptService;
import org.tijarat.assessment.QuizOverview;

/** {@code /quiz/?quiz=ID}: a quiz before the learner starts: its rules, their attempts and grade, start or resume. */
@Named("quizPage")
@ViewScoped
public class QuizBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private AttemptService attempts;

    private Long quiz;
    private QuizOverview overview;

    public void load() {
        overview = attempts.overview(quiz);
    }

    /** Starts (or resumes) and opens the attempt. */
    public String start() {
        long attemptId = attempts.start(quiz);
        return "/quiz/take?faces-redirect=true&attempt=" + attemptId;
    }

    public QuizOverview getOverview() {
        if (overview == null && quiz != null) {
            load();
        }
        return overview;
    }

    public Long getQuiz() {
        return quiz;
    }

    public void setQuiz(Long quiz) {
        this.quiz = quiz;
    }
}
