-- Issue 14: public recruitment (모집) with selection, waitlist and personal confirm/cancel links.
-- Runs unchanged on H2 (MODE=MySQL) and MySQL/MariaDB.

-- One sign-up form per experiment; the owner sets it up and opens it.
CREATE TABLE recruitment (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    experiment_id     BIGINT         NOT NULL,
    public_token      VARCHAR(64)    NOT NULL,
    accepting         INT            NOT NULL,
    title             VARCHAR(200)   NOT NULL,
    intro             VARCHAR(2000),
    opens_on          DATE,
    closes_on         DATE,
    capacity          INT            NOT NULL,
    max_applications  INT,
    questions         VARCHAR(3000),
    notice_purpose    VARCHAR(1000)  NOT NULL,
    notice_items      VARCHAR(1000)  NOT NULL,
    notice_retention  VARCHAR(500)   NOT NULL,
    notice_refusal    VARCHAR(1000)  NOT NULL,
    notice_version    INT            NOT NULL,
    event_info        VARCHAR(2000),
    updated_at        DATETIME(6)    NOT NULL,
    updated_by_name   VARCHAR(100)   NOT NULL,
    version           BIGINT         NOT NULL,
    CONSTRAINT uk_recruitment_experiment UNIQUE (experiment_id),
    CONSTRAINT uk_recruitment_token UNIQUE (public_token),
    CONSTRAINT fk_recruitment_experiment FOREIGN KEY (experiment_id) REFERENCES experiment (id)
);

-- One per sign-up; the participant row (status 신청 → 선정/대기/미선정 → 참여 확정 …) is the person.
CREATE TABLE recruit_application (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    experiment_id     BIGINT         NOT NULL,
    participant_id    BIGINT         NOT NULL,
    personal_token    VARCHAR(64)    NOT NULL,
    applied_at        DATETIME(6)    NOT NULL,
    duplicate_of      BIGINT,
    offered_at        DATETIME(6),
    answered_at       DATETIME(6),
    CONSTRAINT uk_recruit_application_participant UNIQUE (participant_id),
    CONSTRAINT uk_recruit_application_token UNIQUE (personal_token),
    CONSTRAINT fk_recruit_application_experiment FOREIGN KEY (experiment_id) REFERENCES experiment (id),
    CONSTRAINT fk_recruit_application_participant FOREIGN KEY (participant_id) REFERENCES participant (id)
);
CREATE INDEX ix_recruit_application_experiment ON recruit_application (experiment_id, applied_at);

-- The answers to the planners' own questions, with the question as it was asked.
CREATE TABLE recruit_answer (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id    BIGINT         NOT NULL,
    sort_order        INT            NOT NULL,
    question_text     VARCHAR(300)   NOT NULL,
    answer_text       VARCHAR(1000)  NOT NULL,
    CONSTRAINT fk_recruit_answer_application FOREIGN KEY (application_id) REFERENCES recruit_application (id)
);
CREATE INDEX ix_recruit_answer_application ON recruit_answer (application_id);

-- The consent log also holds each applicant's own consents (privacy notice with its text version, filming); the
-- applicant records them, so no member recorded them.
ALTER TABLE consent_entry ADD COLUMN participant_id BIGINT;
ALTER TABLE consent_entry ADD COLUMN notice_version INT;
ALTER TABLE consent_entry MODIFY COLUMN recorded_by_id BIGINT NULL;
CREATE INDEX ix_consent_participant ON consent_entry (participant_id);
