-- Enrollment: each course's enrollment rules (its row is the one locked to count seats), cohorts,
-- enrollments (one per learner and course), lesson progress keyed by the lessons' stable keys,
-- requirement facts other capabilities report, and invitations for addresses without an account.

CREATE TABLE enrollment_rules (
    course_id        BIGINT       NOT NULL,
    policy           VARCHAR(20)  NOT NULL,
    enrollment_key   VARCHAR(60)  COLLATE utf8mb4_bin NULL,
    capacity         INT          NULL,
    seats_taken      INT          NOT NULL,
    enroll_until     DATETIME(6)  NULL,
    access_ends_at   DATETIME(6)  NULL,
    access_days      INT          NULL,
    sequential       TINYINT(1)   NOT NULL,
    version          BIGINT       NOT NULL,
    PRIMARY KEY (course_id),
    CONSTRAINT fk_enrollment_rules_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE course_prerequisite (
    course_id          BIGINT NOT NULL,
    required_course_id BIGINT NOT NULL,
    PRIMARY KEY (course_id, required_course_id),
    KEY ix_course_prerequisite_required (required_course_id),
    CONSTRAINT fk_course_prerequisite_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_course_prerequisite_required FOREIGN KEY (required_course_id) REFERENCES course (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- What a course needs besides its required lessons ("quiz 12 passed"), declared by the
-- capability that owns the thing; enrollment only compares keys.
CREATE TABLE course_requirement (
    course_id       BIGINT       NOT NULL,
    requirement_key VARCHAR(80)  COLLATE utf8mb4_bin NOT NULL,
    title           VARCHAR(160) NOT NULL,
    PRIMARY KEY (course_id, requirement_key),
    CONSTRAINT fk_course_requirement_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE cohort (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    name       VARCHAR(120) NOT NULL,
    name_key   VARCHAR(120) COLLATE utf8mb4_bin NOT NULL,
    starts_on  DATE         NOT NULL,
    ends_on    DATE         NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    created_by BIGINT       NULL,
    version    BIGINT       NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_cohort_name (name_key),
    KEY ix_cohort_created_by (created_by),
    CONSTRAINT fk_cohort_created_by FOREIGN KEY (created_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE cohort_member (
    cohort_id  BIGINT NOT NULL,
    account_id BIGINT NOT NULL,
    PRIMARY KEY (cohort_id, account_id),
    KEY ix_cohort_member_account (account_id),
    CONSTRAINT fk_cohort_member_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_cohort_member_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE enrollment (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    course_id        BIGINT       NOT NULL,
    account_id       BIGINT       NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    holds_seat       TINYINT(1)   NOT NULL,
    cohort_id        BIGINT       NULL,
    created_at       DATETIME(6)  NOT NULL,
    enrolled_at      DATETIME(6)  NULL,
    decided_by       BIGINT       NULL,
    decided_at       DATETIME(6)  NULL,
    access_ends_at   DATETIME(6)  NULL,
    access_warned_at DATETIME(6)  NULL,
    withdrawn_at     DATETIME(6)  NULL,
    completed_at     DATETIME(6)  NULL,
    last_lesson_key  CHAR(36)     COLLATE utf8mb4_bin NULL,
    last_activity_at DATETIME(6)  NULL,
    version          BIGINT       NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_enrollment_learner_course (account_id, course_id),
    KEY ix_enrollment_course (course_id, status),
    KEY ix_enrollment_cohort (cohort_id),
    KEY ix_enrollment_decided_by (decided_by),
    KEY ix_enrollment_access_ends (access_ends_at, access_warned_at),
    CONSTRAINT fk_enrollment_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_enrollment_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_enrollment_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_enrollment_decided_by FOREIGN KEY (decided_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE lesson_progress (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    enrollment_id    BIGINT      NOT NULL,
    lesson_key       CHAR(36)    COLLATE utf8mb4_bin NOT NULL,
    position_seconds INT         NOT NULL,
    watched_seconds  INT         NOT NULL,
    duration_seconds INT         NOT NULL,
    completed_at     DATETIME(6) NULL,
    updated_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_lesson_progress (enrollment_id, lesson_key),
    CONSTRAINT fk_lesson_progress_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE requirement_fact (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    enrollment_id   BIGINT       NOT NULL,
    requirement_key VARCHAR(80)  COLLATE utf8mb4_bin NOT NULL,
    met             TINYINT(1)   NOT NULL,
    score_percent   DECIMAL(5,2) NULL,
    reported_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_requirement_fact (enrollment_id, requirement_key),
    CONSTRAINT fk_requirement_fact_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE enrollment_invitation (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    email_normalized VARCHAR(254) COLLATE utf8mb4_bin NOT NULL,
    course_id        BIGINT       NOT NULL,
    cohort_id        BIGINT       NULL,
    invited_by       BIGINT       NULL,
    created_at       DATETIME(6)  NOT NULL,
    accepted_at      DATETIME(6)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_enrollment_invitation (email_normalized, course_id),
    KEY ix_enrollment_invitation_course (course_id),
    KEY ix_enrollment_invitation_cohort (cohort_id),
    KEY ix_enrollment_invitation_invited_by (invited_by),
    CONSTRAINT fk_enrollment_invitation_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_enrollment_invitation_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_enrollment_invitation_invited_by FOREIGN KEY (invited_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
