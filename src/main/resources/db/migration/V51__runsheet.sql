-- Run-of-show (큐시트, issue 14 point 4): one sheet per experiment holds the run day's start time; its segments are
-- stored as an ordered sequence (fractional rank, kr.silheomjang.shared.Ranks) with durations only. Start and end
-- times are derived (day start + the durations before), so a reorder or a new duration shifts every later segment
-- without rewriting them. The person in charge is a name from the staff roster (역할분담표, point 5).
-- One script for H2 (MODE=MySQL) and MySQL/MariaDB.

CREATE TABLE cue_sheet (
    experiment_id    BIGINT        NOT NULL PRIMARY KEY,
    day_start        TIME          NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    updated_by_name  VARCHAR(100)  NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT fk_cue_sheet_experiment FOREIGN KEY (experiment_id) REFERENCES experiment (id)
);

CREATE TABLE cue_segment (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    experiment_id    BIGINT        NOT NULL,
    sort_key         VARCHAR(120)  NOT NULL,
    duration_minutes INT           NOT NULL,
    content          VARCHAR(200)  NOT NULL,
    lead_name        VARCHAR(100),
    place            VARCHAR(100),
    materials        VARCHAR(500),
    notes            VARCHAR(1000),
    started_at       DATETIME(6),
    finished_at      DATETIME(6),
    marked_by_name   VARCHAR(100),
    updated_at       DATETIME(6)   NOT NULL,
    updated_by_name  VARCHAR(100)  NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT fk_cue_segment_sheet FOREIGN KEY (experiment_id) REFERENCES cue_sheet (experiment_id)
);
CREATE INDEX ix_cue_segment_rank ON cue_segment (experiment_id, sort_key);
