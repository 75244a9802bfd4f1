-- Assessment: each course's question bank (categories, questions and their immutable versions),
-- quizzes with their question slots and per-learner overrides, attempts with one row per asked
-- question (the saved answer lives there, so an autosave updates one row), and regrade work
-- swept from the database like the deadlines.

CREATE TABLE question_category (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    course_id BIGINT       NOT NULL,
    name      VARCHAR(120) NOT NULL,
    name_key  VARCHAR(120) COLLATE utf8mb4_bin NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_question_category_name (course_id, name_key),
    CONSTRAINT fk_question_category_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE question (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    course_id       BIGINT       NOT NULL,
    category_id     BIGINT       NOT NULL,
    type            VARCHAR(20)  NOT NULL,
    name            VARCHAR(160) NOT NULL,
    tags            VARCHAR(400) NOT NULL,
    current_version BIGINT       NULL,
    created_at      DATETIME(6)  NOT NULL,
    archived        TINYINT(1)   NOT NULL,
    version         BIGINT       NOT NULL,
    PRIMARY KEY (id),
    KEY ix_question_course (course_id),
    KEY ix_question_category (category_id),
    CONSTRAINT fk_question_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_question_category FOREIGN KEY (category_id) REFERENCES question_category (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A question as asked: text, options, key and marks (JSON). Edits add a version; only an explicit
-- answer-key correction changes a version's key in place.
CREATE TABLE question_version (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    question_id BIGINT        NOT NULL,
    number      INT           NOT NULL,
    content     MEDIUMTEXT    NOT NULL,
    points      DECIMAL(7, 2) NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    corrected_at DATETIME(6)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_question_version (question_id, number),
    CONSTRAINT fk_question_version_question FOREIGN KEY (question_id) REFERENCES question (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE question ADD KEY ix_question_current (current_version);
ALTER TABLE question ADD CONSTRAINT fk_question_current FOREIGN KEY (current_version) REFERENCES question_version (id);

CREATE TABLE quiz (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    course_id         BIGINT        NOT NULL,
    title             VARCHAR(160)  NOT NULL,
    description       VARCHAR(2000) NULL,
    time_limit_min    INT           NULL,
    opens_at          DATETIME(6)   NULL,
    closes_at         DATETIME(6)   NULL,
    attempts_allowed  INT           NULL,
    grading_method    VARCHAR(20)   NOT NULL,
    pass_percent      DECIMAL(5, 2) NOT NULL,
    feedback_timing   VARCHAR(20)   NOT NULL,
    shuffle_questions TINYINT(1)    NOT NULL,
    shuffle_options   TINYINT(1)    NOT NULL,
    required          TINYINT(1)    NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL,
    PRIMARY KEY (id),
    KEY ix_quiz_course (course_id),
    CONSTRAINT fk_quiz_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A place in a quiz: one fixed question, or a number of questions drawn from a category.
CREATE TABLE quiz_slot (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    quiz_id     BIGINT        NOT NULL,
    position    INT           NOT NULL,
    question_id BIGINT        NULL,
    category_id BIGINT        NULL,
    draw_count  INT           NOT NULL,
    points      DECIMAL(7, 2) NULL,
    PRIMARY KEY (id),
    KEY ix_quiz_slot_quiz (quiz_id),
    KEY ix_quiz_slot_question (question_id),
    KEY ix_quiz_slot_category (category_id),
    CONSTRAINT fk_quiz_slot_quiz FOREIGN KEY (quiz_id) REFERENCES quiz (id),
    CONSTRAINT fk_quiz_slot_question FOREIGN KEY (question_id) REFERENCES question (id),
    CONSTRAINT fk_quiz_slot_category FOREIGN KEY (category_id) REFERENCES question_category (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE quiz_override (
    quiz_id        BIGINT       NOT NULL,
    account_id     BIGINT       NOT NULL,
    extra_attempts INT          NOT NULL,
    extra_minutes  INT          NOT NULL,
    reason         VARCHAR(400) NULL,
    PRIMARY KEY (quiz_id, account_id),
    KEY ix_quiz_override_account (account_id),
    CONSTRAINT fk_quiz_override_quiz FOREIGN KEY (quiz_id) REFERENCES quiz (id),
    CONSTRAINT fk_quiz_override_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- open_flag is 1 while the attempt is open and NULL after, so the unique key allows one open
-- attempt per learner and quiz and any number of closed ones.
CREATE TABLE quiz_attempt (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    quiz_id      BIGINT        NOT NULL,
    account_id   BIGINT        NOT NULL,
    number       INT           NOT NULL,
    status       VARCHAR(20)   NOT NULL,
    open_flag    TINYINT(1)    NULL,
    started_at   DATETIME(6)   NOT NULL,
    deadline_at  DATETIME(6)   NULL,
    submitted_at DATETIME(6)   NULL,
    auto_submitted TINYINT(1)  NOT NULL,
    graded_at    DATETIME(6)   NULL,
    score        DECIMAL(9, 2) NULL,
    max_score    DECIMAL(9, 2) NOT NULL,
    percent      DECIMAL(5, 2) NULL,
    version      BIGINT        NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_quiz_attempt_open (quiz_id, account_id, open_flag),
    UNIQUE KEY uq_quiz_attempt_number (quiz_id, account_id, number),
    KEY ix_quiz_attempt_account (account_id),
    KEY ix_quiz_attempt_deadline (open_flag, deadline_at),
    CONSTRAINT fk_quiz_attempt_quiz FOREIGN KEY (quiz_id) REFERENCES quiz (id),
    CONSTRAINT fk_quiz_attempt_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One asked question: its version, its fixed option order, the saved answer and its mark.
CREATE TABLE attempt_question (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    attempt_id    BIGINT        NOT NULL,
    position      INT           NOT NULL,
    version_id    BIGINT        NOT NULL,
    points        DECIMAL(7, 2) NOT NULL,
    option_order  VARCHAR(400)  NOT NULL,
    answer        TEXT          NULL,
    saved_at      DATETIME(6)   NULL,
    score         DECIMAL(7, 2) NULL,
    needs_grading TINYINT(1)    NOT NULL,
    rubric_levels VARCHAR(400)  NULL,
    comment       VARCHAR(4000) NULL,
    graded_by     BIGINT        NULL,
    graded_at     DATETIME(6)   NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_attempt_question (attempt_id, position),
    KEY ix_attempt_question_version (version_id),
    KEY ix_attempt_question_grading (needs_grading),
    KEY ix_attempt_question_graded_by (graded_by),
    CONSTRAINT fk_attempt_question_attempt FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id),
    CONSTRAINT fk_attempt_question_version FOREIGN KEY (version_id) REFERENCES question_version (id),
    CONSTRAINT fk_attempt_question_graded_by FOREIGN KEY (graded_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Blocks of ids handed out by the application (JPA table generator), so the 20 rows an attempt
-- start writes go to the database as one batch instead of 20 inserts each waiting for its key.
CREATE TABLE id_block (
    name       VARCHAR(60) NOT NULL,
    next_value BIGINT      NOT NULL,
    PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO id_block (name, next_value) VALUES ('attempt_question', 0);

-- A regrade after an answer-key correction: one item per affected attempt, swept in the
-- background; each item keeps the old and the new score (the audit record).
CREATE TABLE regrade_job (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    version_id  BIGINT      NOT NULL,
    created_by  BIGINT      NULL,
    created_at  DATETIME(6) NOT NULL,
    total       INT         NOT NULL,
    finished_at DATETIME(6) NULL,
    PRIMARY KEY (id),
    KEY ix_regrade_job_version (version_id),
    KEY ix_regrade_job_created_by (created_by),
    CONSTRAINT fk_regrade_job_version FOREIGN KEY (version_id) REFERENCES question_version (id),
    CONSTRAINT fk_regrade_job_created_by FOREIGN KEY (created_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE regrade_item (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    job_id     BIGINT        NOT NULL,
    attempt_id BIGINT        NOT NULL,
    done_at    DATETIME(6)   NULL,
    old_score  DECIMAL(9, 2) NULL,
    new_score  DECIMAL(9, 2) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_regrade_item (job_id, attempt_id),
    KEY ix_regrade_item_attempt (attempt_id),
    KEY ix_regrade_item_pending (done_at),
    CONSTRAINT fk_regrade_item_job FOREIGN KEY (job_id) REFERENCES regrade_job (id),
    CONSTRAINT fk_regrade_item_attempt FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
