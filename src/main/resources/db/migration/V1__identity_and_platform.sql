-- Identity (enterprises, accounts, mailed links, audit, sign-in throttling) and the mail outbox.
-- Written in MySQL's dialect, which H2's MySQL mode also runs. Keys the application normalises
-- itself (emails, token hashes, search keys) compare byte for byte (utf8mb4_bin), as H2 does:
-- MySQL 8's default collation would also fold accents, so josé@ and jose@ would collide there only.

CREATE TABLE enterprise (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    legal_name          VARCHAR(200) NOT NULL,
    registration_number VARCHAR(40)  NULL,
    sector              VARCHAR(40)  NOT NULL,
    province            VARCHAR(40)  NOT NULL,
    city                VARCHAR(80)  NOT NULL,
    city_key            VARCHAR(80)  NOT NULL,
    employee_band       VARCHAR(20)  NOT NULL,
    website             VARCHAR(255) NULL,
    created_at          DATETIME(6)  NOT NULL,
    version             BIGINT       NOT NULL,
    PRIMARY KEY (id),
    KEY ix_enterprise_region (province, city_key),
    KEY ix_enterprise_sector (sector)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE account (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    email             VARCHAR(254) NOT NULL,
    email_normalized  VARCHAR(254) COLLATE utf8mb4_bin NOT NULL,
    display_name      VARCHAR(120) NOT NULL,
    latin_name        VARCHAR(120) NULL,
    search_key        VARCHAR(500) COLLATE utf8mb4_bin NOT NULL,
    language_code     VARCHAR(2)   NOT NULL,
    time_zone         VARCHAR(40)  NOT NULL,
    password_hash     VARCHAR(255) NULL,
    status            VARCHAR(20)  NOT NULL,
    email_verified_at DATETIME(6)  NULL,
    enterprise_id     BIGINT       NULL,
    enterprise_role   VARCHAR(20)  NULL,
    created_at        DATETIME(6)  NOT NULL,
    last_sign_in_at   DATETIME(6)  NULL,
    credentials_changed_at DATETIME(6) NULL,
    version           BIGINT       NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_account_email (email_normalized),
    KEY ix_account_enterprise (enterprise_id),
    CONSTRAINT fk_account_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role_name  VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role_name),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE account_token (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    purpose       VARCHAR(20)  NOT NULL,
    token_hash    CHAR(64)     COLLATE utf8mb4_bin NOT NULL,
    account_id    BIGINT       NULL,
    email         VARCHAR(254) NULL,
    enterprise_id BIGINT       NULL,
    created_by    BIGINT       NULL,
    created_at    DATETIME(6)  NOT NULL,
    expires_at    DATETIME(6)  NOT NULL,
    used_at       DATETIME(6)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_account_token_hash (token_hash),
    KEY ix_account_token_account (account_id, purpose, created_at),
    KEY ix_account_token_enterprise (enterprise_id, purpose),
    KEY ix_account_token_created_by (created_by),
    CONSTRAINT fk_account_token_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_account_token_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
    CONSTRAINT fk_account_token_created_by FOREIGN KEY (created_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE audit_entry (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at       DATETIME(6)  NOT NULL,
    actor_id          BIGINT       NULL,
    kind              VARCHAR(40)  NOT NULL,
    target_account_id BIGINT       NULL,
    detail            VARCHAR(500) NULL,
    PRIMARY KEY (id),
    KEY ix_audit_entry_target (target_account_id, occurred_at),
    KEY ix_audit_entry_actor (actor_id),
    CONSTRAINT fk_audit_entry_actor FOREIGN KEY (actor_id) REFERENCES account (id),
    CONSTRAINT fk_audit_entry_target FOREIGN KEY (target_account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE sign_in_failure (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    subject_kind    VARCHAR(10)  NOT NULL,
    subject         VARCHAR(254) COLLATE utf8mb4_bin NOT NULL,
    failures        INT          NOT NULL,
    last_failure_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_sign_in_failure_subject (subject_kind, subject)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE mail_outbox (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    recipient       VARCHAR(254) NOT NULL,
    subject         VARCHAR(300) NOT NULL,
    body            TEXT         NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    attempts        INT          NOT NULL,
    next_attempt_at DATETIME(6)  NULL,
    sent_at         DATETIME(6)  NULL,
    last_error      VARCHAR(500) NULL,
    PRIMARY KEY (id),
    KEY ix_mail_outbox_due (sent_at, next_attempt_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
