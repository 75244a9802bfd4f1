package org.tijarat.course.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.tijarat.course.CatalogService;
import org.tijarat.course.CourseRevision;

/** {@code /courses/{slug}}: a published course's landing page; an unknown slug answers 404. */
@Named("landing")
@RequestScoped
public class CourseLandingBacking {

    @Inject
    private CatalogService catalog;

    @Inject
    @Param(pathIndex = 0)
    private String slug;

    private CourseRevision revision;
    private boolean loaded;
    private List<String> trainers;

    public void load() throws IOException {
        var found = catalog.landing(slug);
        if (found.isEmpty()) {
            Faces.responseSendError(404, "no such course");
            return;
        }
        revision = found.get();
        loaded = true;
        trainers = catalog.trainers(revision);
    }

    /** The course shown; read again from the address on a postback (the enrollment form), where no view action runs. */
    public CourseRevision getRevision() {
        if (revision == null && !loaded) {
            loaded = true;
            revision = catalog.landing(slug).orElse(null);
        }
        return revision;
    }

    public List<String> getTrainers() {
        return trainers;
    }

    public Long getCourseId() {
        return getRevision() == null ? null : getRevision().getCourse().getId();
    }

    public int getLessonCount() {
        return getRevision().getLessonCount();
    }
}
