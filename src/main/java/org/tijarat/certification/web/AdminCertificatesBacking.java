package org.tijarat.certification.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.tijarat.certification.Certificate;
import org.tijarat.certification.CertificateService;
import org.tijarat.certification.Standing;
import org.tijarat.course.Course;
import org.tijarat.course.CourseOutlines;
import org.tijarat.enrollment.Enrollment;
import org.tijarat.platform.BusinessException;
import org.tijarat.platform.web.FacesMessages;

/**
 * {@code /admin/certificates}: search by learner, enterprise, course, completion dates and status;
 * record a completion by hand (recognised prior learning); rotate the signing key.
 */
@Named("adminCertificates")
@ViewScoped
public class AdminCertificatesBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private CertificateService certificates;

    @Inject
    private CourseOutlines outlines;

    private String learner;
    private String enterprise;
    private Long courseId;
    private String from;
    private String to;
    private Standing status;
    private transient List<Certificate> results;

    private String email;
    private List<Enrollment> enrollments;
    private Long enrollmentId;
    private String reason;

    public void load() {
        results = certificates.search(learner, enterprise, courseId, date("from", from), date("to", to), status);
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            FacesMessages.error(null, "certificates.date_invalid", text);
            return null;
        }
    }

    public void findEnrollments() {
        enrollments = certificates.enrollmentsOf(email);
        enrollmentId = null;
        if (enrollments.isEmpty()) {
            FacesMessages.error("email", "certificates.no_enrollments");
        }
    }

    public String recordCompletion() {
        if (enrollmentId == null || enrollments == null
                || enrollments.stream().noneMatch(e -> e.getId().equals(enrollmentId))) {
            throw BusinessException.at("enrollment", "certificates.choose_enrollment");
        }
        Certificate issued = certificates.recordCompletion(enrollmentId, reason);
        FacesMessages.info("certificates.completion_recorded", issued.getDisplayCode());
        return "/admin/certificate?faces-redirect=true&id=" + issued.getId();
    }

    public void rotateKey() {
        String kid = certificates.rotateKey();
        FacesMessages.info("certificates.key_rotated", kid);
    }

    public List<String> getKeyIds() {
        return certificates.keyIds();
    }

    public List<Certificate> getResults() {
        if (results == null) {
            load();
        }
        return results;
    }

    public Standing standing(Certificate certificate) {
        return certificate.standingOn(certificates.today());
    }

    public String courseTitle(long id) {
        return outlines.course(id).getTitle();
    }

    public List<Course> getCourses() {
        return outlines.publishedCourses();
    }

    public List<Standing> getStatuses() {
        return List.of(Standing.values());
    }

    public String getLearner() {
        return learner;
    }

    public void setLearner(String learner) {
        this.learner = learner;
    }

    public String getEnterprise() {
        return enterprise;
    }

    public void setEnterprise(String enterprise) {
        this.enterprise = enterprise;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public Standing getStatus() {
        return status;
    }

    public void setStatus(Standing status) {
        this.status = status;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public List<Enrollment> getEnrollments() {
        return enrollments;
    }

    public Long getEnrollmentId() {
        return enrollmentId;
    }

    public void setEnrollmentId(Long enrollmentId) {
        this.enrollmentId = enrollmentId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
