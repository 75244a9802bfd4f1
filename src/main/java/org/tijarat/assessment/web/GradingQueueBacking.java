package org.tijarat.assessment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.tijarat.assessment.GradingService;

/** {@code /grading/queue[?quiz=ID]}: the written answers waiting for the trainer's marks, oldest first. */
@Named("gradingQueue")
@RequestScoped
public class GradingQueueBacking {

    @Inject
    private GradingService grading;

    private Long quiz;
    private List<GradingService.ToGrade> items;

    public List<GradingService.ToGrade> getItems() {
        if (items == null) {
            items = grading.queue(quiz);
        }
        return items;
    }

    public Long getQuiz() {
        return quiz;
    }

    public void setQuiz(Long quiz) {
        this.quiz = quiz;
    }
}
