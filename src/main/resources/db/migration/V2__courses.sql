-- Courses: the editable draft (course, modules, lessons), immutable published revisions, media
-- stored on disk by content hash, owners and the edit history.

CREATE TABLE media (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    sha256        CHAR(64)     COLLATE utf8mb4_bin NOT NULL,
    content_type  VARCHAR(60)  NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    original_name VARCHAR(200) NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    BIGINT       NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_media_sha256 (sha256),
    KEY ix_media_created_by (created_by),
    CONSTRAINT fk_media_created_by FOREIGN KEY (created_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE course (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    slug                  VARCHAR(80)  COLLATE utf8mb4_bin NOT NULL,
    title                 VARCHAR(160) NOT NULL,
    summary               VARCHAR(1000) NOT NULL,
    language_code         VARCHAR(2)   NOT NULL,
    course_level          VARCHAR(20)  NOT NULL,
    category              VARCHAR(40)  NOT NULL,
    cover_media_id        BIGINT       NULL,
    estimated_hours       DECIMAL(5,1) NOT NULL,
    status                VARCHAR(20)  NOT NULL,
    created_at            DATETIME(6)  NOT NULL,
    draft_changed_at      DATETIME(6)  NOT NULL,
    published_revision_id BIGINT       NULL,
    version               BIGINT       NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_course_slug (slug),
    KEY ix_course_cover (cover_media_id),
    KEY ix_course_published_revision (published_revision_id),
    CONSTRAINT fk_course_cover FOREIGN KEY (cover_media_id) REFERENCES media (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE course_owner (
    course_id  BIGINT NOT NULL,
    account_id BIGINT NOT NULL,
    PRIMARY KEY (course_id, account_id),
    KEY ix_course_owner_account (account_id),
    CONSTRAINT fk_course_owner_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_course_owner_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE course_module (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    course_id  BIGINT       NOT NULL,
    module_key CHAR(36)     COLLATE utf8mb4_bin NOT NULL,
    position   INT          NOT NULL,
    title      VARCHAR(160) NOT NULL,
    version    BIGINT       NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_course_module_key (course_id, module_key),
    CONSTRAINT fk_course_module_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE lesson (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    module_id         BIGINT        NOT NULL,
    lesson_key        CHAR(36)      COLLATE utf8mb4_bin NOT NULL,
    position          INT           NOT NULL,
    title             VARCHAR(160)  NOT NULL,
    kind              VARCHAR(10)   NOT NULL,
    minutes           INT           NOT NULL,
    required          TINYINT(1)    NOT NULL,
    body_html         MEDIUMTEXT    NULL,
    video_media_id    BIGINT        NULL,
    captions_media_id BIGINT        NULL,
    video_url         VARCHAR(300)  NULL,
    file_media_id     BIGINT        NULL,
    link_url          VARCHAR(1000) NULL,
    policy_title      VARCHAR(200)  NULL,
    policy_url        VARCHAR(1000) NULL,
    policy_effective  DATE          NULL,
    version           BIGINT        NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_lesson_key (lesson_key),
    KEY ix_lesson_module (module_id, position),
    KEY ix_lesson_video (video_media_id),
    KEY ix_lesson_captions (captions_media_id),
    KEY ix_lesson_file (file_media_id),
    CONSTRAINT fk_lesson_module FOREIGN KEY (module_id) REFERENCES course_module (id),
    CONSTRAINT fk_lesson_video FOREIGN KEY (video_media_id) REFERENCES media (id),
    CONSTRAINT fk_lesson_captions FOREIGN KEY (captions_media_id) REFERENCES media (id),
    CONSTRAINT fk_lesson_file FOREIGN KEY (file_media_id) REFERENCES media (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE course_revision (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    course_id       BIGINT        NOT NULL,
    revision_number INT           NOT NULL,
    published_at    DATETIME(6)   NOT NULL,
    published_by    BIGINT        NULL,
    slug            VARCHAR(80)   COLLATE utf8mb4_bin NOT NULL,
    title           VARCHAR(160)  NOT NULL,
    summary         VARCHAR(1000) NOT NULL,
    language_code   VARCHAR(2)    NOT NULL,
    course_level    VARCHAR(20)   NOT NULL,
    category        VARCHAR(40)   NOT NULL,
    cover_media_id  BIGINT        NULL,
    estimated_hours DECIMAL(5,1)  NOT NULL,
    search_key      VARCHAR(1500) COLLATE utf8mb4_bin NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_course_revision_number (course_id, revision_number),
    KEY ix_course_revision_published_by (published_by),
    KEY ix_course_revision_cover (cover_media_id),
    CONSTRAINT fk_course_revision_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_course_revision_published_by FOREIGN KEY (published_by) REFERENCES account (id),
    CONSTRAINT fk_course_revision_cover FOREIGN KEY (cover_media_id) REFERENCES media (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE course ADD CONSTRAINT fk_course_published_revision FOREIGN KEY (published_revision_id) REFERENCES course_revision (id);

CREATE TABLE revision_module (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    revision_id BIGINT       NOT NULL,
    module_key  CHAR(36)     COLLATE utf8mb4_bin NOT NULL,
    position    INT          NOT NULL,
    title       VARCHAR(160) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_revision_module_revision (revision_id, position),
    CONSTRAINT fk_revision_module_revision FOREIGN KEY (revision_id) REFERENCES course_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE revision_lesson (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    module_id         BIGINT        NOT NULL,
    lesson_key        CHAR(36)      COLLATE utf8mb4_bin NOT NULL,
    position          INT           NOT NULL,
    title             VARCHAR(160)  NOT NULL,
    kind              VARCHAR(10)   NOT NULL,
    minutes           INT           NOT NULL,
    required          TINYINT(1)    NOT NULL,
    body_html         MEDIUMTEXT    NULL,
    video_media_id    BIGINT        NULL,
    captions_media_id BIGINT        NULL,
    video_url         VARCHAR(300)  NULL,
    file_media_id     BIGINT        NULL,
    link_url          VARCHAR(1000) NULL,
    policy_title      VARCHAR(200)  NULL,
    policy_url        VARCHAR(1000) NULL,
    policy_effective  DATE          NULL,
    PRIMARY KEY (id),
    KEY ix_revision_lesson_module (module_id, position),
    KEY ix_revision_lesson_key (lesson_key),
    KEY ix_revision_lesson_video (video_media_id),
    KEY ix_revision_lesson_captions (captions_media_id),
    KEY ix_revision_lesson_file (file_media_id),
    CONSTRAINT fk_revision_lesson_module FOREIGN KEY (module_id) REFERENCES revision_module (id),
    CONSTRAINT fk_revision_lesson_video FOREIGN KEY (video_media_id) REFERENCES media (id),
    CONSTRAINT fk_revision_lesson_captions FOREIGN KEY (captions_media_id) REFERENCES media (id),
    CONSTRAINT fk_revision_lesson_file FOREIGN KEY (file_media_id) REFERENCES media (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE course_edit (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    course_id   BIGINT       NOT NULL,
    occurred_at DATETIME(6)  NOT NULL,
    actor_id    BIGINT       NULL,
    kind        VARCHAR(40)  NOT NULL,
    detail      VARCHAR(500) NULL,
    PRIMARY KEY (id),
    KEY ix_course_edit_course (course_id, occurred_at),
    KEY ix_course_edit_actor (actor_id),
    CONSTRAINT fk_course_edit_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_course_edit_actor FOREIGN KEY (actor_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
