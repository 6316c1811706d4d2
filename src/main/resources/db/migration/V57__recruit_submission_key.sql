-- Issue 14, point 4 (decision note 0029): the public sign-up form keeps what is typed on the phone (ui.OfflineDraft)
-- and sends it with a random submission key per form load; the key is stored with the sign-up under a unique index,
-- so a repeat (a reload after the answer was stored, a retried request) is stored once. Older rows have none (NULLs
-- never collide). Runs unchanged on H2 (MODE=MySQL) and MySQL/MariaDB.
ALTER TABLE recruit_application ADD COLUMN submission_key VARCHAR(64);
CREATE UNIQUE INDEX uk_recruit_application_submission ON recruit_application (experiment_id, submission_key);
