-- Fractional ranks for ordered lists (issue 19): a move writes one row instead of renumbering a column, so concurrent
-- moves no longer lock many rows in different orders (deadlocks). Ranks are base-36 strings ordered as text
-- (kr.silheomjang.shared.Ranks); existing positions become fixed-width ranks in the same order ('i' at the end, so
-- no rank ends in 0 and there is room around each). Runs unchanged on H2 (MODE=MySQL) and MySQL/MariaDB.

ALTER TABLE board_column ADD COLUMN sort_key VARCHAR(120) NOT NULL DEFAULT 'i';
UPDATE board_column SET sort_key = CONCAT(LPAD(CONCAT('', sort_order), 8, '0'), 'i');
CREATE INDEX ix_board_column_rank ON board_column (experiment_id, sort_key);
DROP INDEX ix_board_column_experiment ON board_column;
ALTER TABLE board_column DROP COLUMN sort_order;

ALTER TABLE card ADD COLUMN sort_key VARCHAR(120) NOT NULL DEFAULT 'i';
UPDATE card SET sort_key = CONCAT(LPAD(CONCAT('', sort_order), 8, '0'), 'i');
CREATE INDEX ix_card_rank ON card (experiment_id, column_id, sort_key);
DROP INDEX ix_card_experiment ON card;
ALTER TABLE card DROP COLUMN sort_order;

ALTER TABLE checklist_item ADD COLUMN sort_key VARCHAR(120) NOT NULL DEFAULT 'i';
UPDATE checklist_item SET sort_key = CONCAT(LPAD(CONCAT('', sort_order), 8, '0'), 'i');
CREATE INDEX ix_checklist_item_rank ON checklist_item (card_id, sort_key);
DROP INDEX ix_checklist_item_card ON checklist_item;
ALTER TABLE checklist_item DROP COLUMN sort_order;
