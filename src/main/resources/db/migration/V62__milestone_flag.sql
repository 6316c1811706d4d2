-- Portfolio timeline (issue 15 point 2): a calendar event can be flagged as a milestone; the timeline marks it on the
-- experiment's strip. Events of the type 마일스톤 made before the flag existed count as milestones.
-- One script for H2 (MODE=MySQL) and MySQL/MariaDB; 0/1 instead of BOOLEAN like every flag here.

ALTER TABLE schedule_event ADD COLUMN milestone INT NOT NULL DEFAULT 0;
UPDATE schedule_event SET milestone = 1 WHERE event_type = 'MILESTONE';
CREATE INDEX ix_schedule_event_milestone ON schedule_event (experiment_id, milestone);
