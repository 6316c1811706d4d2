-- Notifications (issue 15 point 1): one inbox row per person per thing to be told about. dedupe_key makes each
-- notification exist once per person, however many nodes or job runs create it (scheduled scans, a batched survey
-- count of one day). Rows point at what they are about by experiment_id + target_id; no participant's personal data.
-- One script for H2 (MODE=MySQL) and MySQL/MariaDB.

CREATE TABLE notification (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id        BIGINT        NOT NULL,
    experiment_id  BIGINT        NOT NULL,
    kind           VARCHAR(30)   NOT NULL,
    target_id      BIGINT        NOT NULL,
    dedupe_key     VARCHAR(120)  NOT NULL,
    experiment_title VARCHAR(200) NOT NULL,
    subject        VARCHAR(200)  NOT NULL,
    actor_name     VARCHAR(100)  NOT NULL,
    item_count     INT           NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    read_at        DATETIME(6),
    digest_wanted  BOOLEAN       NOT NULL,
    digested_at    DATETIME(6),
    version        BIGINT        NOT NULL,
    CONSTRAINT uk_notification_dedupe UNIQUE (user_id, dedupe_key),
    CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_notification_inbox ON notification (user_id, updated_at);
CREATE INDEX ix_notification_created ON notification (created_at);

-- Per person: which kinds reach them how (IN_APP, DIGEST = in the inbox and in the daily mail, OFF); a missing row
-- means IN_APP. And the hour (Asia/Seoul) of their daily digest and the last day it was made.
CREATE TABLE notification_preference (
    user_id  BIGINT       NOT NULL,
    kind     VARCHAR(30)  NOT NULL,
    channel  VARCHAR(10)  NOT NULL,
    CONSTRAINT pk_notification_preference PRIMARY KEY (user_id, kind),
    CONSTRAINT fk_notification_preference_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

CREATE TABLE notification_settings (
    user_id          BIGINT  NOT NULL PRIMARY KEY,
    digest_hour      INT     NOT NULL,
    last_digest_on   DATE,
    version          BIGINT  NOT NULL,
    CONSTRAINT fk_notification_settings_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
