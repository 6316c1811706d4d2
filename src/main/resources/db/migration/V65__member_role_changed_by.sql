-- Who last changed a member's role and when, so that an owner changing it from a stale list is told who came first
-- (note 0003). NULL until the first role change. One script for H2 (MODE=MySQL) and MySQL/MariaDB.

ALTER TABLE experiment_member ADD COLUMN updated_at DATETIME(6);
ALTER TABLE experiment_member ADD COLUMN updated_by_name VARCHAR(100);
