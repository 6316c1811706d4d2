-- Issue 14, point 3: the reconfirmation request goes by itself N days before the event day (per form; default 3,
-- NULL = only by hand). reconfirm_run_on is the once-per-day guard the job claims with a conditional UPDATE (so a
-- restart or a second node sends nothing twice); reconfirm_run_at / reconfirm_queued tell the owner when it went and
-- how many mails that run put in the outbox. Runs unchanged on H2 (MODE=MySQL) and MySQL/MariaDB.
ALTER TABLE recruitment ADD COLUMN reconfirm_days INT;
ALTER TABLE recruitment ADD COLUMN reconfirm_run_on DATE;
ALTER TABLE recruitment ADD COLUMN reconfirm_run_at DATETIME(6);
ALTER TABLE recruitment ADD COLUMN reconfirm_queued INT;
UPDATE recruitment SET reconfirm_days = 3;
