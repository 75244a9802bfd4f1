package org.tijarat.enrollment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/** A course's enrollment rules as the trainer's form holds them. */
public class RulesForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int KEY_MAX = 60;

    @NotNull
    private EnrollmentPolicy policy = EnrollmentPolicy.OPEN;

    @Size(max = KEY_MAX, message = "{general.too_long}")
    private String enrollmentKey;

    @Min(value = 1, message = "{enrollment_rules.capacity_invalid}")
    @Max(value = 1_000_000, message = "{enrollment_rules.capacity_invalid}")
    private Integer capacity;

    private Instant enrollUntil;

    private Instant accessEndsAt;

    @Min(value = 1, message = "{enrollment_rules.days_invalid}")
    @Max(value = 3650, message = "{enrollment_rules.days_invalid}")
    private Integer accessDays;

    private boolean sequential;

    private java.util.List<Long> prerequisites = new java.util.ArrayList<>();

    private long version;

    public EnrollmentPolicy getPolicy() {
        return policy;
    }

    public void setPolicy(EnrollmentPolicy policy) {
        this.policy = policy;
    }

    public String getEnrollmentKey() {
        return enrollmentKey;
    }

    public void setEnrollmentKey(String enrollmentKey) {
        this.enrollmentKey = enrollmentKey;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Instant getEnrollUntil() {
        return enrollUntil;
    }

    public void setEnrollUntil(Instant enrollUntil) {
        this.enrollUntil = enrollUntil;
    }

    public Instant getAccessEndsAt() {
        return accessEndsAt;
    }

    public void setAccessEndsAt(Instant accessEndsAt) {
        this.accessEndsAt = accessEndsAt;
    }

    public Integer getAccessDays() {
        return accessDays;
    }

    public void setAccessDays(Integer accessDays) {
        this.accessDays = accessDays;
    }

    public boolean isSequential() {
        return sequential;
    }

    public void setSequential(boolean sequential) {
        this.sequential = sequential;
    }

    public java.util.List<Long> getPrerequisites() {
        return prerequisites;
    }

    public void setPrerequisites(java.util.List<Long> prerequisites) {
        this.prerequisites = prerequisites == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(prerequisites);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
