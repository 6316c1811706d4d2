-- Scheduled jobs run on one node at a time (decision note 0034): a job takes its row with one conditional UPDATE
-- (only when the previous holder's lease ran out); the node whose UPDATE changed a row runs it, the others skip.
-- One script for H2 (MODE=MySQL) and MySQL/MariaDB.

CREATE TABLE job_lock (
    name          VARCHAR(64)   NOT NULL PRIMARY KEY,
    locked_until  DATETIME(6)   NOT NULL,
    locked_at     DATETIME(6)   NOT NULL,
    locked_by     VARCHAR(100)  NOT NULL
);
