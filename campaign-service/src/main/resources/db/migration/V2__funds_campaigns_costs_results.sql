-- The fund catalogue: the designations money can be given to. Gifts carry the code; the earmark class decides
-- how the money counts (unearmarked, programme- or project-earmarked). A closed fund takes no new allocations.
CREATE TABLE fund (
    id              CHAR(36)     NOT NULL,
    code            VARCHAR(30)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    earmark_class   VARCHAR(20)  NOT NULL,
    active_from     DATE         NOT NULL,
    active_to       DATE         NULL,
    funder_donor_id CHAR(36)     NULL,
    status          VARCHAR(20)  NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    updated_at      TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_fund_code (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Campaigns and their appeals. An appeal is a campaign with a parent and a channel (letter, e-mail, ...);
-- codes are unique over both, because gifts and users name either by code.
CREATE TABLE campaign (
    id                 CHAR(36)       NOT NULL,
    code               VARCHAR(30)    NOT NULL,
    name               VARCHAR(200)   NOT NULL,
    goal               DECIMAL(15, 2) NOT NULL,
    currency           CHAR(3)        NOT NULL,
    start_date         DATE           NOT NULL,
    end_date           DATE           NOT NULL,
    status             VARCHAR(20)    NOT NULL,
    target_group       VARCHAR(200)   NULL,
    owner              VARCHAR(100)   NULL,
    parent_campaign_id CHAR(36)       NULL,
    channel            VARCHAR(20)    NULL,
    created_by         VARCHAR(100)   NOT NULL,
    created_at         TIMESTAMP(6)   NOT NULL,
    updated_by         VARCHAR(100)   NOT NULL,
    updated_at         TIMESTAMP(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_campaign_code (code),
    KEY ix_campaign_parent (parent_campaign_id),
    CONSTRAINT fk_campaign_parent FOREIGN KEY (parent_campaign_id) REFERENCES campaign (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a campaign or appeal cost: printing, postage, advertising, platform fees.
CREATE TABLE campaign_cost (
    id          CHAR(36)       NOT NULL,
    campaign_id CHAR(36)       NOT NULL,
    category    VARCHAR(20)    NOT NULL,
    amount      DECIMAL(15, 2) NOT NULL,
    currency    CHAR(3)        NOT NULL,
    cost_date   DATE           NOT NULL,
    description VARCHAR(500)   NULL,
    recorded_by VARCHAR(100)   NOT NULL,
    recorded_at TIMESTAMP(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_cost_campaign (campaign_id, cost_date),
    CONSTRAINT fk_cost_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The audit trail of every write: who did what when, with the state before and after as JSON text.
CREATE TABLE audit_entry (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    entity_type VARCHAR(30)  NOT NULL,
    entity_id   CHAR(36)     NOT NULL,
    action      VARCHAR(30)  NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    acted_at    TIMESTAMP(6) NOT NULL,
    before_state MEDIUMTEXT  NULL,
    after_state  MEDIUMTEXT  NULL,
    PRIMARY KEY (id),
    KEY ix_audit_entity (entity_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Writes a user may repeat: the key, a hash of the request and what it created, so a repeat answers the same.
CREATE TABLE idempotent_request (
    idempotency_key VARCHAR(100) NOT NULL,
    operation       VARCHAR(50)  NOT NULL,
    request_hash    CHAR(64)     NOT NULL,
    resource_id     CHAR(36)     NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (idempotency_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The campaign results read model, fed by crm.gifts: one signed row per movement of a gift into or out of
-- a campaign or appeal (recorded +, reversed -, reallocated - from the old and + to the new). Every result
-- is a sum over rows, so the order in which events arrive does not change it.
-- attributed_to = the appeal if the gift names one, else its campaign, else NULL (no campaign).
CREATE TABLE gift_movement (
    id               BIGINT         NOT NULL AUTO_INCREMENT,
    event_id         CHAR(36)       NOT NULL,
    line_no          INT            NOT NULL,
    movement         VARCHAR(20)    NOT NULL,
    gift_id          CHAR(36)       NOT NULL,
    donor_id         CHAR(36)       NOT NULL,
    campaign_id      CHAR(36)       NULL,
    appeal_id        CHAR(36)       NULL,
    attributed_to    CHAR(36)       NULL,
    income_date      DATE           NOT NULL,
    gift_recorded_at TIMESTAMP(6)   NULL,
    amount           DECIMAL(15, 2) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_gift_movement_line (event_id, line_no),
    KEY ix_gift_movement_attributed (attributed_to, gift_id),
    KEY ix_gift_movement_donor (donor_id, income_date),
    KEY ix_gift_movement_gift (gift_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Donors merged away (crm.donors.merged.v1): a gift event naming a merged id counts for its survivor.
CREATE TABLE donor_alias (
    merged_id   CHAR(36)     NOT NULL,
    survivor_id CHAR(36)     NOT NULL,
    merged_at   TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (merged_id),
    KEY ix_donor_alias_survivor (survivor_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
