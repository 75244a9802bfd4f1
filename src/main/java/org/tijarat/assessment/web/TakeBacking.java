package org.tijarat.assessment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import org.omnifaces.util.Faces;
import org.tijarat.assessment.AttemptService;
import org.tijarat.assessment.AttemptView;
import org.tijarat.platform.web.FacesMessages;

/**
 * {@code /quiz/take?attempt=ID}: the open attempt. The page's script saves each answer as it
 * changes; without script, "Save" and "Submit" post every answer. Nothing here knows a right answer.
 */
@Named("take")
@ViewScoped
public class TakeBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private AttemptService attempts;

    private Long attempt;
    private AttemptView view;

    /** A submitted attempt has nothing to take: show its result. */
    public String load() {
        if (!getView().isOpen()) {
            return "/quiz/review?faces-redirect=true&attempt=" + attempt;
        }
        return null;
    }

    public String save() {
        attempts.saveAll(attempt, AnswerForms.read(getView(), Faces.getRequestParameterValuesMap()));
        FacesMessages.info("take.saved");
        return "/quiz/take?faces-redirect=true&attempt=" + attempt;
    }

    /** Saves what was posted (when the deadline still allows it) and submits, once. */
    public String submit() {
        attempts.submit(attempt, AnswerForms.read(getView(), Faces.getRequestParameterValuesMap()));
        return "/quiz/review?faces-redirect=true&attempt=" + attempt;
    }

    public AttemptView getView() {
        if (view == null) {
            view = attempts.view(attempt);
        }
        return view;
    }

    /** Seconds left until the deadline (for the countdown), or -1 without one. */
    public long getSecondsLeft() {
        Instant deadline = getView().deadline();
        return deadline == null ? -1 : Math.max(0, Duration.between(attempts.now(), deadline).getSeconds());
    }

    /** The place (1-based) to preselect for an ordering item: where the learner put it, else where it is shown. */
    static int placeOf(AttemptView.Asked asked, int itemId, int shownIndex) {
        int saved = asked.saved().picks().indexOf(itemId);
        return saved >= 0 ? saved + 1 : shownIndex + 1;
    }

    public Long getAttempt() {
        return attempt;
    }

    public void setAttempt(Long attempt) {
        this.attempt = attempt;
    }
}
