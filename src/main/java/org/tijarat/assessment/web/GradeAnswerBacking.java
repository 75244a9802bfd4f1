package org.tijarat.assessment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.tijarat.assessment.GradingService;
import org.tijarat.assessment.QuestionContent;
import org.tijarat.platform.web.FacesMessages;

/** {@code /grading/answer?id=ID}: one written answer, marked with the question's rubric (a level per criterion) or with marks, and a comment. */
@Named("gradeAnswer")
@ViewScoped
public class GradeAnswerBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private GradingService grading;

    private Long id;
    private GradingService.ToGrade item;
    private List<LevelChoice> levels;
    private BigDecimal marks;
    private String comment;

    /** The level chosen for one criterion (its index), bound to a group of radio buttons. */
    public static class LevelChoice implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private final QuestionContent.Criterion criterion;
        private Integer level;

        LevelChoice(QuestionContent.Criterion criterion, Integer level) {
            this.criterion = criterion;
            this.level = level;
        }

        public QuestionContent.Criterion getCriterion() {
            return criterion;
        }

        public Integer getLevel() {
            return level;
        }

        public void setLevel(Integer level) {
            this.level = level;
        }
    }

    public void load() {
        item = grading.toGrade(id);
        List<Integer> chosen = item.asked().chosenLevels();
        levels = new ArrayList<>();
        List<QuestionContent.Criterion> rubric = getContent().rubric();
        for (int i = 0; i < rubric.size(); i++) {
            levels.add(new LevelChoice(rubric.get(i), i < chosen.size() ? chosen.get(i) : null));
        }
        marks = item.asked().getScore();
        comment = item.asked().getComment();
    }

    public String save() {
        List<Integer> chosen = levels.stream().map(l -> l.getLevel() == null ? -1 : l.getLevel()).toList();
        grading.mark(id, marks, chosen, comment);
        FacesMessages.info("grade_answer.saved");
        return "/grading/queue?faces-redirect=true&quiz=" + item.asked().getAttempt().getQuiz().getId();
    }

    public QuestionContent getContent() {
        return item.asked().getVersion().content();
    }

    public GradingService.ToGrade getItem() {
        return item;
    }

    public List<LevelChoice> getLevels() {
        return levels;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public BigDecimal getMarks() {
        return marks;
    }

    public void setMarks(BigDecimal marks) {
        this.marks = marks;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
