package org.tijarat.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serial;
import java.io.Serializable;

/** How many months a course's certificates stay valid; a course without a row issues certificates that never expire. */
@Entity
@Table(name = "certificate_validity")
public class CertificateValidity implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int MONTHS_MAX = 240;

    @Id
    @Column(name = "course_id")
    private Long courseId;

    @Column(name = "validity_months", nullable = false)
    private int validityMonths;

    protected CertificateValidity() {
    }

    CertificateValidity(long courseId, int validityMonths) {
        this.courseId = courseId;
        this.validityMonths = validityMonths;
    }

    void change(int months) {
        this.validityMonths = months;
    }

    public Long getCourseId() {
        return courseId;
    }

    public int getValidityMonths() {
        return validityMonths;
    }
}
