-- The hand-off report (결과 보고서, module followup): one per experiment, the team's own short summary and highlights
-- beside what the report reads from the other features, a draft until someone marks it 작성 완료. Runs unchanged on
-- H2 (MODE=MySQL) and MySQL/MariaDB.
CREATE TABLE result_report (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    experiment_id      BIGINT         NOT NULL,
    summary            VARCHAR(1500)  NOT NULL,
    highlights         VARCHAR(1500)  NOT NULL,
    status             VARCHAR(20)    NOT NULL,
    completed_at       DATETIME(6),
    completed_by_name  VARCHAR(100),
    updated_at         DATETIME(6)    NOT NULL,
    updated_by_name    VARCHAR(100)   NOT NULL,
    version            BIGINT         NOT NULL,
    CONSTRAINT uk_result_report_experiment UNIQUE (experiment_id),
    CONSTRAINT fk_result_report_experiment FOREIGN KEY (experiment_id) REFERENCES experiment (id)
);
