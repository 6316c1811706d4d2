-- The public results page (module followup): opt-in, one per experiment. Only the SHA-256 of its token is stored
-- (the link is shown once to the editor who makes it). content_json (UTF-8 JSON, LONGBLOB as V5/V6) is what the page shows, built by an editor from
-- the other modules (no personal data: participant and proposer names are blanked) when they save or publish;
-- the anonymous page reads nothing else. published_at null: a draft, reachable by the token only, noindex.
CREATE TABLE results_page (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    experiment_id      BIGINT         NOT NULL,
    token_hash         VARCHAR(64)    NOT NULL,
    channel_text       VARCHAR(500),
    schedule_text      VARCHAR(500),
    platform_url       VARCHAR(1000),
    content_json       LONGBLOB       NOT NULL,
    built_at           DATETIME(6)    NOT NULL,
    published_at       DATETIME(6),
    published_by_name  VARCHAR(100),
    updated_by_name    VARCHAR(100)   NOT NULL,
    updated_at         DATETIME(6)    NOT NULL,
    version            BIGINT         NOT NULL,
    CONSTRAINT uk_results_page_experiment UNIQUE (experiment_id),
    CONSTRAINT uk_results_page_token UNIQUE (token_hash),
    CONSTRAINT fk_results_page_experiment FOREIGN KEY (experiment_id) REFERENCES experiment (id)
);
