-- Surveys (설문), public answers, observations (관찰 기록) and verdicts (판정). Runs on H2 (MODE=MySQL) and MySQL.

-- The guide's forms (§5 participant survey, §6 follow-up feedback): stored data copied into every new experiment.
CREATE TABLE survey_template_question (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    template_code  VARCHAR(30)   NOT NULL,
    template_title VARCHAR(200)  NOT NULL,
    sort_order     INT           NOT NULL,
    question_type  VARCHAR(20)   NOT NULL,
    question_text  VARCHAR(500)  NOT NULL,
    options_text   VARCHAR(2000),
    required       INT           NOT NULL
);

INSERT INTO survey_template_question (template_code, template_title, sort_order, question_type, question_text, options_text, required) VALUES
 ('PARTICIPANT', '참여자 설문', 0, 'LONG_TEXT', '본 실험이 참여자분들에게 어떻게 느껴지셨나요?', NULL, 1),
 ('PARTICIPANT', '참여자 설문', 1, 'LONG_TEXT', '해당 실험은 실현가능한 내용이라고 생각하시나요?', NULL, 1),
 ('PARTICIPANT', '참여자 설문', 2, 'LONG_TEXT', '추가적으로 제안하거나 하고 싶은 말이 있으시다면?', NULL, 0),
 ('FOLLOW_UP', '후속 피드백 (스탭·발표자·촬영팀·협력기관)', 0, 'SINGLE_CHOICE', '어떤 역할로 함께하셨나요?', '스탭
발표자
촬영팀
협력기관', 1),
 ('FOLLOW_UP', '후속 피드백 (스탭·발표자·촬영팀·협력기관)', 1, 'LONG_TEXT', '좋았던 점', NULL, 1),
 ('FOLLOW_UP', '후속 피드백 (스탭·발표자·촬영팀·협력기관)', 2, 'LONG_TEXT', '아쉬웠던 점', NULL, 1),
 ('FOLLOW_UP', '후속 피드백 (스탭·발표자·촬영팀·협력기관)', 3, 'LONG_TEXT', '추후 보완하고 싶은 점', NULL, 0);

CREATE TABLE survey (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    experiment_id    BIGINT       NOT NULL,
    title            VARCHAR(200) NOT NULL,
    audience         VARCHAR(30)  NOT NULL,
    public_token     VARCHAR(64)  NOT NULL,
    opens_at         DATETIME(6),
    closes_at        DATETIME(6),
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    updated_by_name  VARCHAR(100) NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT uk_survey_token UNIQUE (public_token),
    CONSTRAINT fk_survey_experiment FOREIGN KEY (experiment_id) REFERENCES experiment (id)
);
CREATE INDEX ix_survey_experiment ON survey (experiment_id);

CREATE TABLE survey_question (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    survey_id      BIGINT        NOT NULL,
    sort_order     INT           NOT NULL,
    question_type  VARCHAR(20)   NOT NULL,
    question_text  VARCHAR(500)  NOT NULL,
    options_text   VARCHAR(2000),
    required       INT           NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT fk_survey_question_survey FOREIGN KEY (survey_id) REFERENCES survey (id)
);
CREATE INDEX ix_survey_question_survey ON survey_question (survey_id);

CREATE TABLE survey_response (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    survey_id     BIGINT      NOT NULL,
    submitted_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_survey_response_survey FOREIGN KEY (survey_id) REFERENCES survey (id)
);
CREATE INDEX ix_survey_response_survey ON survey_response (survey_id);

-- The wording and type are copied: an answer keeps the question it was given even if the form is edited later.
-- question_id has no foreign key because questions may be deleted after answers arrived.
CREATE TABLE survey_answer (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    response_id    BIGINT        NOT NULL,
    question_id    BIGINT        NOT NULL,
    sort_order     INT           NOT NULL,
    question_type  VARCHAR(20)   NOT NULL,
    question_text  VARCHAR(500)  NOT NULL,
    answer_text    VARCHAR(4000) NOT NULL,
    CONSTRAINT fk_survey_answer_response FOREIGN KEY (response_id) REFERENCES survey_response (id)
);
CREATE INDEX ix_survey_answer_response ON survey_answer (response_id);
CREATE INDEX ix_survey_answer_question ON survey_answer (question_id);

-- Experiment questions can be rewritten or removed, so observations and verdicts keep the id and the wording.
CREATE TABLE observation (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    experiment_id     BIGINT        NOT NULL,
    question_id       BIGINT,
    question_text     VARCHAR(1000),
    note              VARCHAR(2000) NOT NULL,
    observed_at       DATETIME(6)   NOT NULL,
    author_name       VARCHAR(100)  NOT NULL,
    photo_type        VARCHAR(50),
    CONSTRAINT fk_observation_experiment FOREIGN KEY (experiment_id) REFERENCES experiment (id)
);
CREATE INDEX ix_observation_experiment ON observation (experiment_id);

CREATE TABLE observation_photo (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    observation_id  BIGINT   NOT NULL,
    photo_data      LONGBLOB NOT NULL,
    CONSTRAINT uk_observation_photo UNIQUE (observation_id),
    CONSTRAINT fk_observation_photo FOREIGN KEY (observation_id) REFERENCES observation (id)
);

CREATE TABLE verdict (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    experiment_id    BIGINT        NOT NULL,
    question_id      BIGINT        NOT NULL,
    question_text    VARCHAR(1000) NOT NULL,
    outcome          VARCHAR(20)   NOT NULL,
    evidence         VARCHAR(4000),
    updated_at       DATETIME(6)   NOT NULL,
    updated_by_name  VARCHAR(100)  NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT uk_verdict_question UNIQUE (experiment_id, question_id),
    CONSTRAINT fk_verdict_experiment FOREIGN KEY (experiment_id) REFERENCES experiment (id)
);
