-- Certification: certificates issued on completion (frozen at issue), their audit trail, the PDF
-- template admins edit, and each course's months of validity. A manual completion records why.

ALTER TABLE enrollment ADD COLUMN completion_note VARCHAR(500) NULL;
ALTER TABLE enrollment ADD COLUMN completed_by BIGINT NULL;

-- enrollment_key holds the enrollment's id while the certificate is the enrollment's current one
-- and NULL once superseded by a reissue: the unique key gives one current certificate per
-- completed enrollment, however often or concurrently the completion is reported.
CREATE TABLE certificate (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    code               CHAR(27)      COLLATE utf8mb4_bin NOT NULL,
    enrollment_id      BIGINT        NOT NULL,
    enrollment_key     BIGINT        NULL,
    account_id         BIGINT        NOT NULL,
    course_id          BIGINT        NOT NULL,
    enterprise_id      BIGINT        NULL,
    learner_name       VARCHAR(120)  NOT NULL,
    learner_name_latin VARCHAR(120)  NULL,
    learner_search     VARCHAR(260)  NOT NULL,
    learner_email      VARCHAR(254)  NOT NULL,
    enterprise_name    VARCHAR(200)  NULL,
    enterprise_city    VARCHAR(100)  NULL,
    course_title       VARCHAR(200)  NOT NULL,
    course_slug        VARCHAR(120)  NOT NULL,
    program_name       VARCHAR(200)  NOT NULL,
    completed_on       DATE          NOT NULL,
    issued_at          DATETIME(6)   NOT NULL,
    grade_percent      DECIMAL(5,2)  NULL,
    expires_on         DATE          NULL,
    status             VARCHAR(20)   NOT NULL,
    status_reason      VARCHAR(500)  NULL,
    status_changed_at  DATETIME(6)   NULL,
    revoked_at         DATETIME(6)   NULL,
    reissue_of         BIGINT        NULL,
    superseded_by      BIGINT        NULL,
    status_list        INT           NOT NULL,
    status_index       INT           NOT NULL,
    credential_jwt     TEXT          NULL,
    pdf_file           VARCHAR(60)   NULL,
    verification_count BIGINT        NOT NULL,
    last_verified_at   DATETIME(6)   NULL,
    version            BIGINT        NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_certificate_code (code),
    UNIQUE KEY uq_certificate_enrollment (enrollment_key),
    UNIQUE KEY uq_certificate_status_slot (status_list, status_index),
    KEY ix_certificate_enrollment (enrollment_id),
    KEY ix_certificate_account (account_id),
    KEY ix_certificate_course (course_id, completed_on),
    KEY ix_certificate_enterprise (enterprise_id),
    KEY ix_certificate_issued (issued_at),
    KEY ix_certificate_reissue_of (reissue_of),
    KEY ix_certificate_superseded_by (superseded_by),
    CONSTRAINT fk_certificate_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id),
    CONSTRAINT fk_certificate_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_certificate_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_certificate_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
    CONSTRAINT fk_certificate_reissue_of FOREIGN KEY (reissue_of) REFERENCES certificate (id),
    CONSTRAINT fk_certificate_superseded_by FOREIGN KEY (superseded_by) REFERENCES certificate (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Every action on a certificate: issued, revoked, suspended, unsuspended, reissued, superseded.
CREATE TABLE certificate_event (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    certificate_id BIGINT       NOT NULL,
    occurred_at    DATETIME(6)  NOT NULL,
    actor_id       BIGINT       NULL,
    action         VARCHAR(30)  NOT NULL,
    detail         VARCHAR(500) NULL,
    PRIMARY KEY (id),
    KEY ix_certificate_event_certificate (certificate_id, occurred_at),
    KEY ix_certificate_event_actor (actor_id),
    CONSTRAINT fk_certificate_event_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id),
    CONSTRAINT fk_certificate_event_actor FOREIGN KEY (actor_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The program's certificate template (one row). Images are small PNG or JPEG files.
CREATE TABLE certificate_template (
    id               BIGINT        NOT NULL,
    title            VARCHAR(120)  NOT NULL,
    body             VARCHAR(2000) NOT NULL,
    primary_colour   CHAR(7)       NOT NULL,
    accent_colour    CHAR(7)       NOT NULL,
    logo             MEDIUMBLOB    NULL,
    signer1_name     VARCHAR(120)  NULL,
    signer1_role     VARCHAR(120)  NULL,
    signer1_image    MEDIUMBLOB    NULL,
    signer2_name     VARCHAR(120)  NULL,
    signer2_role     VARCHAR(120)  NULL,
    signer2_image    MEDIUMBLOB    NULL,
    updated_at       DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO certificate_template (id, title, body, primary_colour, accent_colour, updated_at, version)
VALUES (1, 'Certificate of Completion',
        'This certifies that {learner} of {enterprise} has completed the course {course} of {program} on {date}.',
        '#0b5d3b', '#c8a24a', CURRENT_TIMESTAMP, 0);

CREATE TABLE certificate_validity (
    course_id       BIGINT NOT NULL,
    validity_months INT    NOT NULL,
    PRIMARY KEY (course_id),
    CONSTRAINT fk_certificate_validity_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
