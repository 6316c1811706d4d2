-- People: participants, proposer consent, staff roster, partner organisations, personal-data retention.
-- Runs unchanged on H2 (MODE=MySQL) and MySQL/MariaDB.

CREATE TABLE participant (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    experiment_id       BIGINT        NOT NULL,
    full_name           VARCHAR(100)  NOT NULL,
    phone               VARCHAR(40),
    email               VARCHAR(254),
    participant_group   VARCHAR(20)   NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    invited_on          DATE,
    confirmed_on        DATE,
    informed_on         DATE,
    reconfirmed_on      DATE,
    attended_on         DATE,
    absent_on           DATE,
    photo_consent       VARCHAR(20)   NOT NULL,
    accessibility_needs VARCHAR(1000),
    dietary_needs       VARCHAR(1000),
    notes               VARCHAR(2000),
    walk_in             INT           NOT NULL,
    anonymised_at       DATETIME(6),
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    updated_by_name     VARCHAR(100)  NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT fk_participant_experiment FOREIGN KEY (experiment_id) REFERENCES experiment (id)
);
CREATE INDEX ix_participant_experiment ON participant (experiment_id, full_name);

-- One per experiment: the proposer's contact channels, the meeting, the caveats explained, or the public notice.
CREATE TABLE proposer_record (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    experiment_id          BIGINT        NOT NULL,
    proposer_known         INT           NOT NULL,
    proposer_name          VARCHAR(100),
    contact_email          VARCHAR(254),
    contact_phone          VARCHAR(40),
    contact_other          VARCHAR(300),
    meeting_date           DATE,
    caveat_one_off_at      DATETIME(6),
    caveat_duration_at     DATETIME(6),
    caveat_not_policy_at   DATETIME(6),
    caveat_organiser_at    DATETIME(6),
    caveats_by_name        VARCHAR(100),
    notice_channel         VARCHAR(200),
    notice_date            DATE,
    notice_link            VARCHAR(500),
    retention_days         INT,
    contacts_erased_at     DATETIME(6),
    updated_at             DATETIME(6)   NOT NULL,
    updated_by_name        VARCHAR(100)  NOT NULL,
    version                BIGINT        NOT NULL,
    CONSTRAINT uk_proposer_record UNIQUE (experiment_id),
    CONSTRAINT fk_proposer_experiment FOREIGN KEY (experiment_id) REFERENCES experiment (id)
);

-- Append-only: a consent given, declined or withdrawn is a new row; nothing is updated or deleted.
CREATE TABLE consent_entry (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    experiment_id     BIGINT        NOT NULL,
    consent_kind      VARCHAR(20)   NOT NULL,
    decision          VARCHAR(20)   NOT NULL,
    obtained_how      VARCHAR(300)  NOT NULL,
    obtained_on       DATE          NOT NULL,
    recorded_by_id    BIGINT        NOT NULL,
    recorded_by_name  VARCHAR(100)  NOT NULL,
    recorded_at       DATETIME(6)   NOT NULL,
    CONSTRAINT fk_consent_experiment FOREIGN KEY (experiment_id) REFERENCES experiment (id),
    CONSTRAINT fk_consent_user FOREIGN KEY (recorded_by_id) REFERENCES app_user (id)
);
CREATE INDEX ix_consent_experiment ON consent_entry (experiment_id, consent_kind);

CREATE TABLE staff_assignment (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    experiment_id    BIGINT        NOT NULL,
    role_name        VARCHAR(50)   NOT NULL,
    person_name      VARCHAR(100)  NOT NULL,
    slot_date        DATE          NOT NULL,
    start_time       TIME          NOT NULL,
    end_time         TIME          NOT NULL,
    area             VARCHAR(100),
    duties           VARCHAR(1000),
    contact          VARCHAR(100),
    updated_at       DATETIME(6)   NOT NULL,
    updated_by_name  VARCHAR(100)  NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT fk_staff_experiment FOREIGN KEY (experiment_id) REFERENCES experiment (id)
);
CREATE INDEX ix_staff_experiment ON staff_assignment (experiment_id, slot_date);

CREATE TABLE partner_organization (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    experiment_id    BIGINT        NOT NULL,
    org_name         VARCHAR(200)  NOT NULL,
    contact_person   VARCHAR(100),
    contact          VARCHAR(254),
    partner_role     VARCHAR(300),
    contributions    VARCHAR(2000),
    updated_at       DATETIME(6)   NOT NULL,
    updated_by_name  VARCHAR(100)  NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT fk_partner_experiment FOREIGN KEY (experiment_id) REFERENCES experiment (id)
);
CREATE INDEX ix_partner_experiment ON partner_organization (experiment_id);

-- Which guest addresses were invited for which partner organisation (access itself is experiment membership).
CREATE TABLE partner_guest (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    partner_id       BIGINT        NOT NULL,
    email            VARCHAR(254)  NOT NULL,
    invited_at       DATETIME(6)   NOT NULL,
    CONSTRAINT fk_partner_guest_partner FOREIGN KEY (partner_id) REFERENCES partner_organization (id)
);
CREATE INDEX ix_partner_guest_partner ON partner_guest (partner_id);

-- Every export, erasure and anonymisation of personal data: what, of whom (a label, never the data), by whom.
CREATE TABLE personal_data_log (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    experiment_id    BIGINT        NOT NULL,
    action           VARCHAR(20)   NOT NULL,
    subject_label    VARCHAR(200)  NOT NULL,
    actor_name       VARCHAR(100)  NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    CONSTRAINT fk_pdlog_experiment FOREIGN KEY (experiment_id) REFERENCES experiment (id)
);
CREATE INDEX ix_pdlog_experiment ON personal_data_log (experiment_id);
