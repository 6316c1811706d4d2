-- Topic selection (주제 선정): the organisation-wide proposal pool (제안함), screening notes and scores per planner,
-- the agency log (기관 답변) and the selection decisions (선정 회의 결정, an audit record: never edited).
-- Runs on H2 (MODE=MySQL) and MySQL/MariaDB: VARCHAR for enums, INT for yes/no, DATETIME(6) for instants.

CREATE TABLE topic_candidate (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    title            VARCHAR(300)  NOT NULL,
    body             VARCHAR(6000) NOT NULL,
    source_platform  VARCHAR(50)   NOT NULL,
    source_url       VARCHAR(1000),
    external_id      VARCHAR(200),
    submitted_on     DATE,
    proposer_known   INT           NOT NULL,
    proposer_name    VARCHAR(100),
    proposer_email   VARCHAR(200),
    proposer_phone   VARCHAR(40),
    proposer_sns     VARCHAR(300),
    tags             VARCHAR(500),
    status           VARCHAR(30)   NOT NULL,
    check_one_off    INT           NOT NULL,
    check_duration   INT           NOT NULL,
    check_not_urgent INT           NOT NULL,
    check_group      INT           NOT NULL,
    experiment_id    BIGINT,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    updated_by_name  VARCHAR(100)  NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT uk_topic_candidate_source UNIQUE (source_platform, external_id),
    CONSTRAINT fk_topic_candidate_experiment FOREIGN KEY (experiment_id) REFERENCES experiment (id)
);
CREATE INDEX ix_topic_candidate_status ON topic_candidate (status);
CREATE INDEX ix_topic_candidate_experiment ON topic_candidate (experiment_id);

-- One row per candidate, screening question and planner: the planner's note and 1-5 score (either may be empty).
CREATE TABLE topic_screening (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    candidate_id  BIGINT        NOT NULL,
    question      VARCHAR(30)   NOT NULL,
    user_id       BIGINT        NOT NULL,
    user_name     VARCHAR(100)  NOT NULL,
    note          VARCHAR(4000),
    score         INT,
    updated_at    DATETIME(6)   NOT NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT uk_topic_screening UNIQUE (candidate_id, question, user_id),
    CONSTRAINT fk_topic_screening_candidate FOREIGN KEY (candidate_id) REFERENCES topic_candidate (id)
);

CREATE TABLE topic_agency_response (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    candidate_id     BIGINT        NOT NULL,
    agency           VARCHAR(200)  NOT NULL,
    asked_on         DATE          NOT NULL,
    answered_on      DATE,
    summary          VARCHAR(4000),
    attachment_name  VARCHAR(255),
    attachment_type  VARCHAR(100),
    attachment_data  LONGBLOB,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    updated_by_name  VARCHAR(100)  NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT fk_topic_agency_candidate FOREIGN KEY (candidate_id) REFERENCES topic_candidate (id)
);
CREATE INDEX ix_topic_agency_candidate ON topic_agency_response (candidate_id);

CREATE TABLE topic_decision (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    candidate_id     BIGINT        NOT NULL,
    decision         VARCHAR(30)   NOT NULL,
    reasons          VARCHAR(2000) NOT NULL,
    decided_by_id    BIGINT        NOT NULL,
    decided_by_name  VARCHAR(100)  NOT NULL,
    decided_at       DATETIME(6)   NOT NULL,
    CONSTRAINT fk_topic_decision_candidate FOREIGN KEY (candidate_id) REFERENCES topic_candidate (id)
);
CREATE INDEX ix_topic_decision_candidate ON topic_decision (candidate_id);
