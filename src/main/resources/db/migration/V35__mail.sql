-- The shared mail outbox (module mail): every mail a feature sends is a row here first. Runs unchanged on H2
-- (MODE=MySQL) and MySQL/MariaDB.

-- One message to one recipient. idempotency_key is unique: enqueueing the same message twice (a double click, a retry,
-- a restart) finds the row and adds nothing. batch_key groups a feature's messages for its delivery log (e.g.
-- "followup-mailing:42"); experiment_id (optional) says whose open pages hear of status changes.
-- Status: QUEUED -> SENDING (claimed by one node) -> SENT | FAILED | OPTED_OUT; a failure is retried automatically a few
-- times (back to QUEUED with next_attempt_at), then stays FAILED until someone retries it.
CREATE TABLE mail_message (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    idempotency_key  VARCHAR(200)  NOT NULL,
    batch_key        VARCHAR(100)  NOT NULL,
    experiment_id    BIGINT,
    recipient        VARCHAR(254)  NOT NULL,
    recipient_name   VARCHAR(100),
    subject          VARCHAR(300)  NOT NULL,
    body_text        VARCHAR(8000) NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    attempts         INT           NOT NULL,
    last_error       VARCHAR(500),
    queued_at        DATETIME(6)   NOT NULL,
    next_attempt_at  DATETIME(6)   NOT NULL,
    claimed_by       VARCHAR(100),
    claimed_at       DATETIME(6),
    sent_at          DATETIME(6),
    version          BIGINT        NOT NULL,
    CONSTRAINT uk_mail_message_key UNIQUE (idempotency_key)
);
CREATE INDEX ix_mail_message_due ON mail_message (status, next_attempt_at);
CREATE INDEX ix_mail_message_batch ON mail_message (batch_key, id);

-- Addresses that asked for no more mail (lower-cased). Checked when a message is enqueued and again when it is sent.
CREATE TABLE mail_opt_out (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    email         VARCHAR(254) NOT NULL,
    opted_out_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uk_mail_opt_out_email UNIQUE (email)
);

-- The opt-out link of each sent mail: only the SHA-256 of its random token is kept (like invitations), so the table
-- cannot be turned into working links. Every link ever mailed keeps working.
CREATE TABLE mail_opt_out_token (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    token_hash  VARCHAR(64)  NOT NULL,
    email       VARCHAR(254) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uk_mail_opt_out_token UNIQUE (token_hash)
);
