-- Schedule: calendar events, the backward-planning template, per-experiment settings and iCal feed tokens.
-- Runs unchanged on H2 (MODE=MySQL) and MySQL/MariaDB.

CREATE TABLE schedule_event (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    experiment_id    BIGINT        NOT NULL,
    ical_uid         VARCHAR(100)  NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    event_type       VARCHAR(30)   NOT NULL,
    start_date       DATE          NOT NULL,
    start_time       TIME,
    end_date         DATE          NOT NULL,
    end_time         TIME,
    place            VARCHAR(200),
    notes            VARCHAR(2000),
    offset_days      INT,
    template_step_id BIGINT,
    created_by_id    BIGINT        NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    updated_by_name  VARCHAR(100)  NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT uk_schedule_event_uid UNIQUE (ical_uid),
    CONSTRAINT fk_schedule_event_experiment FOREIGN KEY (experiment_id) REFERENCES experiment (id),
    CONSTRAINT fk_schedule_event_creator FOREIGN KEY (created_by_id) REFERENCES app_user (id)
);
CREATE INDEX ix_schedule_event_range ON schedule_event (experiment_id, start_date);

CREATE TABLE schedule_event_attendee (
    event_id  BIGINT NOT NULL,
    user_id   BIGINT NOT NULL,
    PRIMARY KEY (event_id, user_id),
    CONSTRAINT fk_attendee_event FOREIGN KEY (event_id) REFERENCES schedule_event (id),
    CONSTRAINT fk_attendee_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_attendee_user ON schedule_event_attendee (user_id);

-- The backward-planning template. Rows with experiment_id NULL are the default every experiment starts from; an
-- experiment gets its own copy (editable by its owner) on first use.
CREATE TABLE schedule_template_step (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    experiment_id  BIGINT,
    offset_days    INT          NOT NULL,
    title          VARCHAR(200) NOT NULL,
    event_type     VARCHAR(30)  NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT fk_template_experiment FOREIGN KEY (experiment_id) REFERENCES experiment (id)
);
CREATE INDEX ix_template_experiment ON schedule_template_step (experiment_id);

INSERT INTO schedule_template_step (experiment_id, offset_days, title, event_type, version) VALUES
    (NULL, -120, '제안자 미팅', 'PROPOSER_MEETING', 0),
    (NULL, -90, '협력 파트너 확정', 'MILESTONE', 0),
    (NULL, -60, '장소 대관', 'DEADLINE', 0),
    (NULL, -45, '홍보 시작', 'PROMOTION', 0),
    (NULL, -30, '참여자 모집 마감', 'DEADLINE', 0),
    (NULL, -14, '참여자 확정 안내', 'MILESTONE', 0),
    (NULL, -7, '재확인·시스템 점검', 'MILESTONE', 0),
    (NULL, -1, '리허설', 'MILESTONE', 0),
    (NULL, 7, '피드백 정리', 'FOLLOW_UP', 0),
    (NULL, 14, '감사메일 발송', 'FOLLOW_UP', 0),
    (NULL, 30, '결과 공유·결산', 'FOLLOW_UP', 0);

-- guests_may_add: 0/1 (no BOOLEAN columns). anchor_date: the event date the template-made events were planned from.
CREATE TABLE schedule_setting (
    experiment_id    BIGINT       PRIMARY KEY,
    guests_may_add   INT          NOT NULL,
    anchor_date      DATE,
    updated_at       DATETIME(6)  NOT NULL,
    updated_by_name  VARCHAR(100) NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT fk_schedule_setting_experiment FOREIGN KEY (experiment_id) REFERENCES experiment (id)
);

-- Secret iCal feed URLs, one live token per user and experiment; only the SHA-256 of the token is stored.
CREATE TABLE schedule_feed_token (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    experiment_id  BIGINT      NOT NULL,
    user_id        BIGINT      NOT NULL,
    token_hash     VARCHAR(64) NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    revoked_at     DATETIME(6),
    CONSTRAINT uk_feed_token UNIQUE (token_hash),
    CONSTRAINT fk_feed_experiment FOREIGN KEY (experiment_id) REFERENCES experiment (id),
    CONSTRAINT fk_feed_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_feed_owner ON schedule_feed_token (experiment_id, user_id);
