-- Checklist items and comments become editable in place (a typo fixed without removing and adding again).
-- checklist_item already had its version; who changed it last (an edit or a tick) and when, so that a co-planner
-- saving over an older version is told who came first (note 0003). NULL: not changed since it was added.
-- card_comment gets its version (existing comments start at 0) and edited_at, the author's last edit, shown as
-- "(수정됨)"; NULL: never edited. Only the author edits a comment, so the author is who an edit conflict names.
-- One script for H2 (MODE=MySQL) and MySQL/MariaDB.

ALTER TABLE checklist_item ADD COLUMN updated_at DATETIME(6);
ALTER TABLE checklist_item ADD COLUMN updated_by_name VARCHAR(100);
ALTER TABLE card_comment ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE card_comment ADD COLUMN edited_at DATETIME(6);
