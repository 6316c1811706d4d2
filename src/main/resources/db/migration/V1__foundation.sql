-- Foundation schema. Runs unchanged on H2 (MODE=MySQL) and MySQL/MariaDB.

CREATE TABLE app_user (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    email         VARCHAR(254) NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT uk_app_user_email UNIQUE (email)
);

CREATE TABLE experiment (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    title            VARCHAR(200)  NOT NULL,
    proposal_text    VARCHAR(2000) NOT NULL,
    proposal_url     VARCHAR(500),
    proposer_name    VARCHAR(100),
    purpose          VARCHAR(4000),
    planning_start   DATE          NOT NULL,
    event_date       DATE          NOT NULL,
    follow_up_end    DATE          NOT NULL,
    stage            VARCHAR(20)   NOT NULL,
    archived_at      DATETIME(6),
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    updated_by_name  VARCHAR(100)  NOT NULL,
    version          BIGINT        NOT NULL
);

CREATE TABLE experiment_question (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    experiment_id  BIGINT        NOT NULL,
    sort_order     INT           NOT NULL,
    question_text  VARCHAR(1000) NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT fk_question_experiment FOREIGN KEY (experiment_id) REFERENCES experiment (id)
);
CREATE INDEX ix_question_experiment ON experiment_question (experiment_id);

CREATE TABLE experiment_member (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    experiment_id  BIGINT      NOT NULL,
    user_id        BIGINT      NOT NULL,
    role           VARCHAR(20) NOT NULL,
    joined_at      DATETIME(6) NOT NULL,
    version        BIGINT      NOT NULL,
    CONSTRAINT uk_member UNIQUE (experiment_id, user_id),
    CONSTRAINT fk_member_experiment FOREIGN KEY (experiment_id) REFERENCES experiment (id),
    CONSTRAINT fk_member_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_member_user ON experiment_member (user_id);

CREATE TABLE invitation (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    experiment_id  BIGINT       NOT NULL,
    email          VARCHAR(254) NOT NULL,
    role           VARCHAR(20)  NOT NULL,
    token_hash     VARCHAR(64)  NOT NULL,
    invited_by_id  BIGINT       NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    expires_at     DATETIME(6)  NOT NULL,
    accepted_at    DATETIME(6),
    revoked_at     DATETIME(6),
    version        BIGINT       NOT NULL,
    CONSTRAINT uk_invitation_token UNIQUE (token_hash),
    CONSTRAINT fk_invitation_experiment FOREIGN KEY (experiment_id) REFERENCES experiment (id)
);
CREATE INDEX ix_invitation_experiment ON invitation (experiment_id);

CREATE TABLE activity_entry (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    experiment_id  BIGINT        NOT NULL,
    actor_id       BIGINT,
    actor_name     VARCHAR(100)  NOT NULL,
    action         VARCHAR(40)   NOT NULL,
    detail         VARCHAR(2000),
    created_at     DATETIME(6)   NOT NULL,
    CONSTRAINT fk_activity_experiment FOREIGN KEY (experiment_id) REFERENCES experiment (id)
);
CREATE INDEX ix_activity_experiment ON activity_entry (experiment_id, created_at);
