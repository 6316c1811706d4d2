-- A candidate's imported text (title, body, link, date, proposer name) edited by hand: who and when. A re-import of
-- the platform's export keeps such a candidate as the planners left it instead of writing the platform's text over it
-- (the version and updated_* change with every status move or check, so they cannot tell). NULL: never edited by hand
-- since it was imported (candidates edited before this column existed cannot be told apart and count as not edited).
-- One script for H2 (MODE=MySQL) and MySQL/MariaDB.

ALTER TABLE topic_candidate ADD COLUMN edited_at DATETIME(6);
ALTER TABLE topic_candidate ADD COLUMN edited_by_name VARCHAR(100);
