-- Least privilege (issue 20 point 5). Runs unchanged on H2 (MODE=MySQL) and MySQL/MariaDB.

-- What partner guests of an experiment may see of its participants beyond names and statuses (0/1, off by default;
-- the owner turns each on, and the activity feed records it).
ALTER TABLE experiment ADD COLUMN guest_sees_contacts INT NOT NULL DEFAULT 0;
ALTER TABLE experiment ADD COLUMN guest_sees_needs INT NOT NULL DEFAULT 0;
ALTER TABLE experiment ADD COLUMN guest_sees_notes INT NOT NULL DEFAULT 0;

-- Organisation administrators edit what every experiment shares (templates) and appoint other administrators.
-- The first account of an installation (the bootstrap account, or the demo owner) is the first administrator.
ALTER TABLE app_user ADD COLUMN administrator INT NOT NULL DEFAULT 0;
UPDATE app_user SET administrator = 1
WHERE id = (SELECT first_id FROM (SELECT MIN(id) AS first_id FROM app_user) first_account);

-- Accounts that came in through a partner-guest invitation and never held an owner's or planner's role: they cannot
-- start experiments, even after every membership of theirs was removed. Kept by the experiment module.
CREATE TABLE guest_only_account (
    user_id  BIGINT      NOT NULL PRIMARY KEY,
    since    DATETIME(6) NOT NULL,
    CONSTRAINT fk_guest_only_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
INSERT INTO guest_only_account (user_id, since)
SELECT u.id, u.created_at FROM app_user u
WHERE u.administrator = 0
  AND (EXISTS (SELECT 1 FROM experiment_member m WHERE m.user_id = u.id AND m.role = 'PARTNER_GUEST')
       OR EXISTS (SELECT 1 FROM invitation i WHERE i.email = u.email AND i.accepted_at IS NOT NULL
                  AND i.role = 'PARTNER_GUEST'))
  AND NOT EXISTS (SELECT 1 FROM experiment_member m WHERE m.user_id = u.id AND m.role <> 'PARTNER_GUEST')
  AND NOT EXISTS (SELECT 1 FROM invitation i WHERE i.email = u.email AND i.accepted_at IS NOT NULL
                  AND i.role <> 'PARTNER_GUEST');
