-- Follow-up archive (후속 콘텐츠 · 아카이빙, module followup): items of the stage's content, each a link or an
-- uploaded file. kind: VIDEO, PHOTO, BLOG, REVIEW, PRESS, ARTICLE, OTHER; subtitle_status (videos): HAS 자막 있음,
-- PREPARING 준비 중, NONE 없음. Flags are INT 0/1 (no BOOLEAN, same script for H2 and MySQL/MariaDB).
CREATE TABLE archive_item (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    experiment_id         BIGINT         NOT NULL,
    kind                  VARCHAR(20)    NOT NULL,
    title                 VARCHAR(200)   NOT NULL,
    link_url              VARCHAR(1000),
    file_name             VARCHAR(200),
    file_type             VARCHAR(100),
    file_size             BIGINT,
    item_date             DATE           NOT NULL,
    description           VARCHAR(2000)  NOT NULL,
    tags                  VARCHAR(500)   NOT NULL,
    alt_text              VARCHAR(500),
    subtitle_status       VARCHAR(20),
    no_filming_confirmed  INT            NOT NULL,
    confirmed_by_name     VARCHAR(100),
    public_item           INT            NOT NULL,
    on_results_page       INT            NOT NULL,
    created_by_name       VARCHAR(100)   NOT NULL,
    updated_by_name       VARCHAR(100)   NOT NULL,
    updated_at            DATETIME(6)    NOT NULL,
    version               BIGINT         NOT NULL,
    CONSTRAINT fk_archive_item_experiment FOREIGN KEY (experiment_id) REFERENCES experiment (id)
);
CREATE INDEX ix_archive_item_experiment ON archive_item (experiment_id, item_date);

-- An uploaded file's bytes, apart so that listing the archive never loads them (LONGBLOB: MariaDB's BLOB stops at
-- 64 KB).
CREATE TABLE archive_item_file (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_id       BIGINT    NOT NULL,
    content_data  LONGBLOB  NOT NULL,
    CONSTRAINT uk_archive_item_file UNIQUE (item_id),
    CONSTRAINT fk_archive_item_file FOREIGN KEY (item_id) REFERENCES archive_item (id)
);
