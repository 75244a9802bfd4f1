package org.tijarat.enrollment.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.tijarat.course.Course;
import org.tijarat.course.CourseOutlines;
import org.tijarat.enrollment.BulkEnrollmentService;
import org.tijarat.enrollment.BulkRow;
import org.tijarat.enrollment.Cohort;
import org.tijarat.enrollment.CohortService;
import org.tijarat.platform.BusinessException;
import org.tijarat.platform.web.FacesMessages;

/**
 * {@code /admin/bulk-enrollment}: upload a spreadsheet, see what each line will do, then enrol.
 * The file is kept with the page between the preview and the commit, and read again for the commit.
 */
@Named("bulk")
@ViewScoped
public class BulkEnrollmentBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private BulkEnrollmentService bulk;

    @Inject
    private CourseOutlines outlines;

    @Inject
    private CohortService cohorts;

    private transient Part file;
    private byte[] content;
    private Long courseId;
    private Long cohortId;
    private boolean allOrNothing;
    private List<BulkRow> rows;
    private boolean committed;
    private List<Course> courses;
    private List<Cohort> cohortList;

    @PostConstruct
    void init() {
        courses = outlines.publishedCourses();
        cohortList = cohorts.all();
    }

    public void preview() {
        if (file == null || file.getSize() == 0) {
            throw BusinessException.at("file", "media.choose_file");
        }
        if (courseId == null) {
            throw BusinessException.at("courseId", "general.required");
        }
        byte[] read;
        try (InputStream in = file.getInputStream()) {
            // one byte more than allowed is enough for the service to refuse it
            read = in.readNBytes((int) Math.min(bulk.maxBytes() + 1, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        committed = false;
        rows = null;
        content = null;
        rows = bulk.preview(read, courseId, cohortId);
        content = read;
    }

    public void commit() {
        if (content == null || courseId == null) {
            throw BusinessException.at("file", "media.choose_file");
        }
        rows = bulk.commit(content, courseId, cohortId, allOrNothing);
        committed = true;
        content = null;
        FacesMessages.info("bulk.committed", count(BulkRow.Outcome.ENROL), count(BulkRow.Outcome.INVITE),
                count(BulkRow.Outcome.ALREADY), count(BulkRow.Outcome.ERROR));
    }

    public long count(BulkRow.Outcome outcome) {
        return rows == null ? 0 : rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    public boolean isReady() {
        return rows != null && !committed;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public boolean isAllOrNothing() {
        return allOrNothing;
    }

    public void setAllOrNothing(boolean allOrNothing) {
        this.allOrNothing = allOrNothing;
    }

    public List<BulkRow> getRows() {
        return rows;
    }

    public boolean isCommitted() {
        return committed;
    }

    public List<Course> getCourses() {
        return courses;
    }

    public List<Cohort> getCohorts() {
        return cohortList;
    }
}
