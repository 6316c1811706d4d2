-- Public forms answered on a phone (issue 17): each form load carries a random submission key, kept in the browser
-- with the unsent answers. A retry after a lost connection, or a reload that restores the answers, sends the same key;
-- the unique index makes sure it is stored once. Older responses have none (NULLs never collide).
ALTER TABLE survey_response ADD COLUMN submission_key VARCHAR(64) NULL;
CREATE UNIQUE INDEX ux_survey_response_submission_key ON survey_response (survey_id, submission_key);
