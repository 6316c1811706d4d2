-- A staff-roster line may be linked to the account of one of the experiment's members (owner, planner or partner
-- guest): a linked partner guest marks the run-sheet segments led by that line's name (decision note 0067, the second
-- "Later"). NULL: linked to nobody. The service checks that the account is a member of the line's experiment; the
-- member's removal clears it. One script for H2 (MODE=MySQL) and MySQL/MariaDB.

ALTER TABLE staff_assignment ADD COLUMN member_user_id BIGINT;
ALTER TABLE staff_assignment ADD CONSTRAINT fk_staff_member_user FOREIGN KEY (member_user_id) REFERENCES app_user (id);
