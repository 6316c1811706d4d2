-- Sharing becomes per partner organisation (issue 13, point 5): the owner shares a partner funder's lines with that
-- organisation, and every guest invited for it (partner_guest, module people) reads them. Earlier per-guest ticks
-- become the share of their organisation.
CREATE TABLE budget_partner_share (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    experiment_id  BIGINT       NOT NULL,
    partner_id     BIGINT       NOT NULL,
    shared_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uk_budget_partner_share UNIQUE (experiment_id, partner_id),
    CONSTRAINT fk_budget_partner_share_experiment FOREIGN KEY (experiment_id) REFERENCES experiment (id),
    CONSTRAINT fk_budget_partner_share_partner FOREIGN KEY (partner_id) REFERENCES partner_organization (id)
);
INSERT INTO budget_partner_share (experiment_id, partner_id, shared_at)
    SELECT experiment_id, partner_id, MIN(shared_at) FROM budget_share GROUP BY experiment_id, partner_id;
DROP TABLE budget_share;
