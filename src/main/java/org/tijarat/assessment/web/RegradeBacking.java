package org.tijarat.assessment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tijarat.assessment.GradingService;
import org.tijarat.assessment.RegradeProgress;

/** {@code /author/regrade?job=ID}: how far a regrade is (the page reloads itself until done) and the scores it changed. */
@Named("regrade")
@RequestScoped
public class RegradeBacking {

    @Inject
    private GradingService grading;

    private Long job;
    private RegradeProgress progress;

    public RegradeProgress getProgress() {
        if (progress == null) {
            progress = grading.regradeProgress(job);
        }
        return progress;
    }

    public Long getJob() {
        return job;
    }

    public void setJob(Long job) {
        this.job = job;
    }
}
