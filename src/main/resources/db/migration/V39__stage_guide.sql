-- The stage guide (issue 11): an owner marks a stage checklist item "해당 없음" with a reason. One row per item of an
-- experiment; removing the mark deletes the row (the activity feed keeps who did what). Runs unchanged on H2
-- (MODE=MySQL) and MySQL/MariaDB.

CREATE TABLE stage_check_waiver (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    experiment_id    BIGINT        NOT NULL,
    check_key        VARCHAR(100)  NOT NULL,
    reason           VARCHAR(500)  NOT NULL,
    waived_by_name   VARCHAR(100)  NOT NULL,
    waived_at        DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT uk_stage_check_waiver UNIQUE (experiment_id, check_key),
    CONSTRAINT fk_stage_check_waiver_experiment FOREIGN KEY (experiment_id) REFERENCES experiment (id)
);
