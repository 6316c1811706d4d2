-- Budget (예산 설정, module budget): one budget per experiment (optional cap, settlement state) and its plan lines.
-- Amounts are BIGINT whole won (never floating point). category: VENUE 장소 대관, CATERING 식음료·케이터링,
-- FILMING 촬영·영상, PROMOTION 홍보, STAFF_FEES 진행인력·사례비, PARTICIPANT_FEES 참여자 사례비, DESIGN_PRINT
-- 디자인·인쇄, OTHER 기타. A line's funder is the organisation itself (partner_id NULL) or one partner organisation.
CREATE TABLE budget (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    experiment_id    BIGINT        NOT NULL,
    cap_won          BIGINT,
    settled_at       DATETIME(6),
    settled_by_name  VARCHAR(100),
    updated_by_name  VARCHAR(100)  NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT uk_budget_experiment UNIQUE (experiment_id),
    CONSTRAINT fk_budget_experiment FOREIGN KEY (experiment_id) REFERENCES experiment (id)
);

CREATE TABLE budget_line (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    experiment_id    BIGINT         NOT NULL,
    category         VARCHAR(30)    NOT NULL,
    title            VARCHAR(200)   NOT NULL,
    planned_won      BIGINT         NOT NULL,
    note             VARCHAR(1000)  NOT NULL,
    partner_id       BIGINT,
    created_at       DATETIME(6)    NOT NULL,
    updated_by_name  VARCHAR(100)   NOT NULL,
    updated_at       DATETIME(6)    NOT NULL,
    version          BIGINT         NOT NULL,
    CONSTRAINT fk_budget_line_experiment FOREIGN KEY (experiment_id) REFERENCES experiment (id)
);
CREATE INDEX ix_budget_line_experiment ON budget_line (experiment_id, category);

-- The owner shares one partner funder's lines with one partner guest (read-only, those lines only).
CREATE TABLE budget_share (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    experiment_id  BIGINT       NOT NULL,
    partner_id     BIGINT       NOT NULL,
    user_id        BIGINT       NOT NULL,
    shared_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uk_budget_share UNIQUE (experiment_id, partner_id, user_id),
    CONSTRAINT fk_budget_share_experiment FOREIGN KEY (experiment_id) REFERENCES experiment (id)
);
