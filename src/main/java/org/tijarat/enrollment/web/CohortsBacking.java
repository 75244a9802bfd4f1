package org.tijarat.enrollment.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.tijarat.enrollment.Cohort;
import org.tijarat.enrollment.CohortService;
import org.tijarat.platform.web.FacesMessages;

/** {@code /admin/cohorts}: the cohorts and a form to start one. */
@Named("cohorts")
@RequestScoped
public class CohortsBacking {

    @Inject
    private CohortService cohorts;

    private List<Cohort> all;
    private String name;
    private LocalDate startsOn;
    private LocalDate endsOn;

    @PostConstruct
    void init() {
        all = cohorts.all();
    }

    public String create() {
        Cohort cohort = cohorts.create(name, startsOn, endsOn);
        FacesMessages.info("cohorts.created", cohort.getName());
        return "/admin/cohort?faces-redirect=true&id=" + cohort.getId();
    }

    public List<Cohort> getAll() {
        return all;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }
}
