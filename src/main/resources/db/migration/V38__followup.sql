-- Follow-up (후속 작업, module followup): retrospective links and entries, "next time" actions, mailings, and the
-- closing of an experiment. Runs unchanged on H2 (MODE=MySQL) and MySQL/MariaDB.

-- One public retrospective form per party (participants, proposer, 섭외자, staff, film crew, partners): a survey of
-- the survey engine (audience FOLLOW_UP) whose token is the link; answers stay in survey_answer.
CREATE TABLE retro_link (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    experiment_id  BIGINT       NOT NULL,
    party          VARCHAR(30)  NOT NULL,
    survey_id      BIGINT       NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    CONSTRAINT uk_retro_link_party UNIQUE (experiment_id, party),
    CONSTRAINT fk_retro_link_experiment FOREIGN KEY (experiment_id) REFERENCES experiment (id),
    CONSTRAINT fk_retro_link_survey FOREIGN KEY (survey_id) REFERENCES survey (id)
);

-- What members write in the app (they have accounts: no link needed). kind: GOOD 좋았던 점, REGRET 아쉬웠던 점,
-- IMPROVE 추후 보완하고 싶은 점.
CREATE TABLE retro_entry (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    experiment_id   BIGINT         NOT NULL,
    party           VARCHAR(30)    NOT NULL,
    kind            VARCHAR(20)    NOT NULL,
    body            VARCHAR(2000)  NOT NULL,
    author_user_id  BIGINT         NOT NULL,
    author_name     VARCHAR(100)   NOT NULL,
    created_at      DATETIME(6)    NOT NULL,
    CONSTRAINT fk_retro_entry_experiment FOREIGN KEY (experiment_id) REFERENCES experiment (id)
);
CREATE INDEX ix_retro_entry_experiment ON retro_entry (experiment_id, id);

-- "Next time" actions made from retrospective items; one may be proposed as a change to a planning template item
-- (proposal: NONE, PROPOSED, ACCEPTED, DECLINED), which an owner accepts or declines.
CREATE TABLE retro_action (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    experiment_id        BIGINT        NOT NULL,
    body                 VARCHAR(500)  NOT NULL,
    party                VARCHAR(30)   NOT NULL,
    kind                 VARCHAR(20)   NOT NULL,
    source_ref           VARCHAR(40)   NOT NULL,
    proposal             VARCHAR(20)   NOT NULL,
    template_item_id     BIGINT,
    template_item_title  VARCHAR(200),
    created_at           DATETIME(6)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    updated_by_name      VARCHAR(100)  NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT uk_retro_action_source UNIQUE (experiment_id, source_ref),
    CONSTRAINT fk_retro_action_experiment FOREIGN KEY (experiment_id) REFERENCES experiment (id)
);

-- A mailing (감사메일, 결과 공유, 추가 참여 요청): template text with merge fields, the segments it goes to. Once sent
-- it is kept as it was (sent_at set); every recipient's mail is keyed "followup-mailing:<id>:<participant id>" in the
-- outbox, so sending again never mails anyone twice.
CREATE TABLE followup_mailing (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    experiment_id    BIGINT         NOT NULL,
    template         VARCHAR(20)    NOT NULL,
    segments         VARCHAR(200)   NOT NULL,
    subject          VARCHAR(300)   NOT NULL,
    body             VARCHAR(6000)  NOT NULL,
    result_link      VARCHAR(500),
    schedule_text    VARCHAR(200),
    sent_at          DATETIME(6),
    sent_by_name     VARCHAR(100),
    created_at       DATETIME(6)    NOT NULL,
    updated_at       DATETIME(6)    NOT NULL,
    updated_by_name  VARCHAR(100)   NOT NULL,
    version          BIGINT         NOT NULL,
    CONSTRAINT fk_followup_mailing_experiment FOREIGN KEY (experiment_id) REFERENCES experiment (id)
);
CREATE INDEX ix_followup_mailing_experiment ON followup_mailing (experiment_id, id);

-- Closing (point 6): a closed experiment is read-only for everyone (ExperimentAccess refuses writes), still readable
-- and exportable.
ALTER TABLE experiment ADD COLUMN closed_at DATETIME(6);
ALTER TABLE experiment ADD COLUMN closed_by_name VARCHAR(100);
