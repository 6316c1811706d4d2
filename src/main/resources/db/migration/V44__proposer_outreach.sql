-- Issue 9, point 5: proposer outreach in the proposal pool, and one proposer meeting shown everywhere.
-- Runs unchanged on H2 (MODE=MySQL) and MySQL/MariaDB.

-- One proposer, one meeting: the calendar event of type PROPOSER_MEETING is the only copy of the meeting day.
-- A day typed on 제안자 동의 wins over the backward plan's guess (D-120) ...
UPDATE schedule_event SET
    start_date = (SELECT pr.meeting_date FROM proposer_record pr WHERE pr.experiment_id = schedule_event.experiment_id),
    end_date = (SELECT pr.meeting_date FROM proposer_record pr WHERE pr.experiment_id = schedule_event.experiment_id)
WHERE event_type = 'PROPOSER_MEETING' AND template_step_id IS NOT NULL
  AND experiment_id IN (SELECT pr.experiment_id FROM proposer_record pr WHERE pr.meeting_date IS NOT NULL);

-- ... and an experiment with a typed day but no meeting on the calendar gets one, made by its owner.
INSERT INTO schedule_event (experiment_id, ical_uid, title, event_type, start_date, end_date, created_by_id,
                            created_at, updated_at, updated_by_name, version)
SELECT pr.experiment_id, CONCAT('proposer-meeting-', pr.experiment_id, '@silheomjang'), '제안자 미팅',
       'PROPOSER_MEETING', pr.meeting_date, pr.meeting_date,
       (SELECT MIN(m.user_id) FROM experiment_member m WHERE m.experiment_id = pr.experiment_id AND m.role = 'OWNER'),
       pr.updated_at, pr.updated_at, pr.updated_by_name, 0
FROM proposer_record pr
WHERE pr.meeting_date IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM schedule_event e WHERE e.experiment_id = pr.experiment_id
                  AND e.event_type = 'PROPOSER_MEETING')
  AND EXISTS (SELECT 1 FROM experiment_member m WHERE m.experiment_id = pr.experiment_id AND m.role = 'OWNER');

ALTER TABLE proposer_record DROP COLUMN meeting_date;

-- Outreach to a candidate's proposer, one row per candidate: the meeting notes on the guide's agenda, the caveats
-- explained, the meeting day while the candidate has no experiment yet (then it is the experiment's calendar event),
-- and, for an unknown proposer, the pre-announcement (사전 공개).
CREATE TABLE topic_outreach (
    candidate_id         BIGINT        PRIMARY KEY,
    meeting_date         DATE,
    background           VARCHAR(2000),
    network              VARCHAR(2000),
    campaign             VARCHAR(2000),
    will_note            VARCHAR(2000),
    caveat_duration_at   DATETIME(6),
    caveat_organiser_at  DATETIME(6),
    caveats_by_name      VARCHAR(100),
    notice_purpose       VARCHAR(1000),
    notice_date          DATE,
    notice_contact       VARCHAR(300),
    notice_channel       VARCHAR(200),
    notice_link          VARCHAR(500),
    updated_at           DATETIME(6)   NOT NULL,
    updated_by_name      VARCHAR(100)  NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT fk_topic_outreach_candidate FOREIGN KEY (candidate_id) REFERENCES topic_candidate (id)
);

-- The outreach log, append-only: 취지와 맥락 소개 → 참여의사 확인 → 미팅 날짜 확정 / 제안 콘텐츠 활용 확인.
CREATE TABLE topic_outreach_entry (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    candidate_id      BIGINT        NOT NULL,
    step              VARCHAR(30)   NOT NULL,
    happened_on       DATE          NOT NULL,
    channel           VARCHAR(100),
    answer            VARCHAR(20),
    note              VARCHAR(2000),
    recorded_by_name  VARCHAR(100)  NOT NULL,
    recorded_at       DATETIME(6)   NOT NULL,
    CONSTRAINT fk_topic_outreach_entry_candidate FOREIGN KEY (candidate_id) REFERENCES topic_candidate (id)
);
CREATE INDEX ix_topic_outreach_entry_candidate ON topic_outreach_entry (candidate_id);

-- Consent answers given before the candidate has an experiment, append-only. Moved (not copied) into the
-- experiment's consent log (consent_entry) when the experiment is made; afterwards answers go there directly.
CREATE TABLE topic_consent (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    candidate_id      BIGINT        NOT NULL,
    consent_kind      VARCHAR(20)   NOT NULL,
    decision          VARCHAR(20)   NOT NULL,
    obtained_how      VARCHAR(300)  NOT NULL,
    obtained_on       DATE          NOT NULL,
    recorded_by_id    BIGINT        NOT NULL,
    recorded_by_name  VARCHAR(100)  NOT NULL,
    recorded_at       DATETIME(6)   NOT NULL,
    CONSTRAINT fk_topic_consent_candidate FOREIGN KEY (candidate_id) REFERENCES topic_candidate (id)
);
CREATE INDEX ix_topic_consent_candidate ON topic_consent (candidate_id);

-- Retention of a never-linked candidate's proposer data: when it was purged.
ALTER TABLE topic_candidate ADD COLUMN proposer_erased_at DATETIME(6);
