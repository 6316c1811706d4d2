-- Portfolio timeline (issue 15 point 2, decision 0036): the planned start of each stage, one row per experiment,
-- written only when the owner sets a date (a missing row or a NULL column means "derived from the event day by the
-- guide's backward plan"). The run day (진행) starts on the event day itself, which the experiment form keeps, so it
-- has no column here. Actual stage dates are not stored: they are read from the stage moves in activity_entry.
-- One script for H2 (MODE=MySQL) and MySQL/MariaDB.

CREATE TABLE stage_plan (
    experiment_id      BIGINT        NOT NULL PRIMARY KEY,
    topic_selection    DATE,
    planning           DATE,
    preparation        DATE,
    follow_up          DATE,
    updated_at         DATETIME(6)   NOT NULL,
    updated_by_name    VARCHAR(100)  NOT NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT fk_stage_plan_experiment FOREIGN KEY (experiment_id) REFERENCES experiment (id)
);
