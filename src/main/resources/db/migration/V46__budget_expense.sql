-- Expenses (지출) against a budget line, with an optional receipt. method: CORPORATE_CARD 법인카드, BANK_TRANSFER
-- 계좌이체, CASH 현금, OTHER 기타; status: SUBMITTED 검토 대기, APPROVED 승인, RETURNED 반려. Only APPROVED counts as
-- spent. Amounts are BIGINT whole won.
CREATE TABLE expense (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    experiment_id     BIGINT         NOT NULL,
    line_id           BIGINT         NOT NULL,
    spent_on          DATE           NOT NULL,
    payee             VARCHAR(200)   NOT NULL,
    amount_won        BIGINT         NOT NULL,
    method            VARCHAR(20)    NOT NULL,
    status            VARCHAR(20)    NOT NULL,
    return_reason     VARCHAR(500),
    decided_by_name   VARCHAR(100),
    decided_at        DATETIME(6),
    entered_by_id     BIGINT         NOT NULL,
    entered_by_name   VARCHAR(100)   NOT NULL,
    receipt_name      VARCHAR(200),
    receipt_type      VARCHAR(100),
    receipt_size      BIGINT,
    updated_by_name   VARCHAR(100)   NOT NULL,
    updated_at        DATETIME(6)    NOT NULL,
    version           BIGINT         NOT NULL,
    CONSTRAINT fk_expense_experiment FOREIGN KEY (experiment_id) REFERENCES experiment (id),
    CONSTRAINT fk_expense_line FOREIGN KEY (line_id) REFERENCES budget_line (id)
);
CREATE INDEX ix_expense_experiment ON expense (experiment_id, spent_on);

-- A receipt's bytes, apart so that listing expenses never loads them (LONGBLOB: MariaDB's BLOB stops at 64 KB).
CREATE TABLE expense_receipt (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    expense_id    BIGINT    NOT NULL,
    content_data  LONGBLOB  NOT NULL,
    CONSTRAINT uk_expense_receipt UNIQUE (expense_id),
    CONSTRAINT fk_expense_receipt FOREIGN KEY (expense_id) REFERENCES expense (id)
);
