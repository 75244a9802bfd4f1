package org.tijarat.assessment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tijarat.assessment.Quiz;
import org.tijarat.assessment.QuizService;
import org.tijarat.assessment.QuizStatistics;
import org.tijarat.assessment.QuizStats;

/** {@code /author/quiz-stats?id=ID}: the score distribution and each question's facility, discrimination and chosen options. */
@Named("quizStats")
@RequestScoped
public class QuizStatsBacking {

    @Inject
    private QuizStatistics statistics;

    @Inject
    private QuizService quizzes;

    private Long id;
    private QuizStats stats;
    private Quiz quiz;

    public void load() {
        quiz = quizzes.quiz(id);
        stats = statistics.of(id);
    }

    /** A bucket's label: "0–9 %", …, "90–100 %". */
    public String bucket(int index) {
        return index * 10 + "–" + (index == 9 ? 100 : index * 10 + 9) + " %";
    }

    public int maxBucket() {
        return stats.buckets().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    public QuizStats getStats() {
        return stats;
    }

    public Quiz getQuiz() {
        return quiz;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
