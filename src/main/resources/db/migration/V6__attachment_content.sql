-- Card attachment bytes when silheomjang.planning.attachment-store=database (the default, disk, leaves this empty).
-- One row per card_attachment.storage_key; LONGBLOB as in V5 (MariaDB's BLOB stops at 64 KB), mapped with
-- @Lob + length = Length.LONG32. Runs unchanged on H2 (MODE=MySQL) and MySQL/MariaDB.
CREATE TABLE card_attachment_content (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    storage_key   VARCHAR(100) NOT NULL,
    content_data  LONGBLOB     NOT NULL,
    CONSTRAINT uk_card_attachment_content_key UNIQUE (storage_key)
);
