-- What gift-service knows of donors, funds and campaigns: local replicas fed by crm.donors and crm.campaigns,
-- so that recording a gift never calls another service.
CREATE TABLE donor_replica (
    donor_id        CHAR(36)     NOT NULL,
    kind            VARCHAR(30)  NOT NULL,
    income_category VARCHAR(30)  NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    survivor_id     CHAR(36)     NULL,
    updated_at      TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (donor_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE fund_replica (
    fund_id       CHAR(36)     NOT NULL,
    code          VARCHAR(30)  NOT NULL,
    earmark_class VARCHAR(20)  NOT NULL,
    active_from   DATE         NULL,
    active_to     DATE         NULL,
    status        VARCHAR(20)  NOT NULL,
    updated_at    TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (fund_id),
    UNIQUE KEY uk_fund_code (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE campaign_replica (
    campaign_id        CHAR(36)     NOT NULL,
    code               VARCHAR(30)  NULL,
    parent_campaign_id CHAR(36)     NULL,
    status             VARCHAR(20)  NOT NULL,
    updated_at         TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (campaign_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE processed_event (
    event_id     CHAR(36)     NOT NULL,
    event_type   VARCHAR(100) NOT NULL,
    processed_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (event_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE gift_batch (
    id              CHAR(36)       NOT NULL,
    control_count   INT            NOT NULL,
    control_total   DECIMAL(15, 2) NOT NULL,
    idempotency_key VARCHAR(100)   NULL,
    request_hash    CHAR(64)       NULL,
    posted_by       VARCHAR(100)   NOT NULL,
    posted_at       TIMESTAMP(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_batch_idempotency_key (idempotency_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE gift
    ADD COLUMN status      VARCHAR(20)  NOT NULL DEFAULT 'RECORDED' AFTER channel,
    ADD COLUMN campaign_id CHAR(36)     NULL AFTER status,
    ADD COLUMN appeal_id   CHAR(36)     NULL AFTER campaign_id,
    ADD COLUMN description VARCHAR(500) NULL AFTER appeal_id,
    ADD COLUMN batch_id    CHAR(36)     NULL AFTER description,
    ADD KEY ix_gift_campaign (campaign_id),
    ADD KEY ix_gift_batch (batch_id);

ALTER TABLE gift_allocation
    ADD COLUMN fund_id CHAR(36) NULL AFTER earmark_class;

-- A reversal (refund, chargeback, SEPA return, error) of a whole gift; at most one per gift.
CREATE TABLE gift_reversal (
    id            CHAR(36)     NOT NULL,
    gift_id       CHAR(36)     NOT NULL,
    reversal_date DATE         NOT NULL,
    reason        VARCHAR(30)  NOT NULL,
    note          VARCHAR(500) NULL,
    reversed_by   VARCHAR(100) NOT NULL,
    reversed_at   TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_reversal_gift (gift_id),
    CONSTRAINT fk_reversal_gift FOREIGN KEY (gift_id) REFERENCES gift (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The audit trail of every gift: who did what when, with the state before and after as JSON text.
CREATE TABLE gift_history (
    id       BIGINT       NOT NULL AUTO_INCREMENT,
    gift_id  CHAR(36)     NOT NULL,
    action   VARCHAR(30)  NOT NULL,
    actor    VARCHAR(100) NOT NULL,
    acted_at TIMESTAMP(6) NOT NULL,
    details  MEDIUMTEXT   NULL,
    PRIMARY KEY (id),
    KEY ix_history_gift (gift_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
