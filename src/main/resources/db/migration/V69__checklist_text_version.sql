-- A co-planner's tick of a checklist item no longer refuses a text edit of it begun before: the edit is checked
-- against the version of the item's text alone. text_version moves with every change of the text (the row's own
-- version still moves with every write, ticks included, for the persistence layer). updated_at/updated_by_name
-- (V67) from now on name the last change of the text, which is what a refused edit names; a tick is in the card
-- history. Existing items start at 0. One script for H2 (MODE=MySQL) and MySQL/MariaDB.

ALTER TABLE checklist_item ADD COLUMN text_version BIGINT NOT NULL DEFAULT 0;
