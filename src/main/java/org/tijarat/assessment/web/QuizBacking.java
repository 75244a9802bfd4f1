package org.tijarat.assessment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tijarat.assessment.AttemptService;
import org.tijarat.assessment.QuizOverview;

/** {@code /quiz/index?quiz=ID}: a quiz before the learner starts: its rules, their attempts and grade, start or resume. */
@Named("quizPage")
@RequestScoped
public class QuizBacking {

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
