package org.tijarat.assessment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tijarat.assessment.AttemptService;
import org.tijarat.assessment.AttemptView;

/** {@code /quiz/review?attempt=ID}: a submitted attempt's result, with feedback when the quiz shows it. */
@Named("review")
@RequestScoped
public class ReviewBacking {

    @Inject
    private AttemptService attempts;

    private Long attempt;
    private AttemptView view;

    public String load() {
        if (getView().isOpen()) {
            return "/quiz/take?faces-redirect=true&attempt=" + attempt;
        }
        return null;
    }

    public AttemptView getView() {
        if (view == null) {
            view = attempts.view(attempt);
        }
        return view;
    }

    public Long getAttempt() {
        return attempt;
    }

    public void setAttempt(Long attempt) {
        this.attempt = attempt;
    }
}
