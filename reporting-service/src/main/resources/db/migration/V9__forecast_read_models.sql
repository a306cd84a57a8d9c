-- What the year-end forecast knows is still coming (docs/figures.md, forecasts), from gift-service's events on
-- crm.gifts. Read models like the replicas: filled through ReadModel (each event once: processed_event), emptied and
-- replayed by the rebuild. Ids, amounts, dates and codes only: no personal data.

-- crm.mandate.signed.v1 / crm.mandate.status-changed.v1. A status change may arrive before the signing (order
-- tolerance): the row then exists with its status only and the signing fills in the rest. Every status after ACTIVE
-- ends the mandate; status_at is when (the newest change wins).
CREATE TABLE mandate_replica (
    mandate_id            CHAR(36)      NOT NULL,
    donor_id              CHAR(36)      NULL,
    amount                DECIMAL(15,2) NULL,
    frequency             VARCHAR(20)   NULL,
    first_collection_date DATE          NULL,
    end_date              DATE          NULL,
    fund_code             VARCHAR(30)   NULL,
    signed_at             DATETIME(6)   NULL,
    status                VARCHAR(20)   NOT NULL,
    status_at             DATETIME(6)   NULL,
    PRIMARY KEY (mandate_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- crm.agreement.signed.v1: a periodic-gift agreement; mandate_id names the mandate that pays it, if any.
CREATE TABLE agreement_replica (
    agreement_id  CHAR(36)      NOT NULL,
    donor_id      CHAR(36)      NOT NULL,
    mandate_id    CHAR(36)      NULL,
    yearly_amount DECIMAL(15,2) NOT NULL,
    start_date    DATE          NOT NULL,
    end_date      DATE          NULL,
    signed_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (agreement_id),
    KEY ix_agreement_donor (donor_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- crm.grant.committed.v1 (one row per instalment) / crm.grant.instalment-received.v1 (received_date = the gift's
-- income date). A receipt may arrive before the commitment: the row then holds the receipt and the commitment fills
-- in the rest.
CREATE TABLE grant_instalment (
    instalment_id CHAR(36)      NOT NULL,
    grant_id      CHAR(36)      NOT NULL,
    donor_id      CHAR(36)      NULL,
    fund_code     VARCHAR(30)   NULL,
    earmark_class VARCHAR(20)   NULL,
    due_date      DATE          NULL,
    amount        DECIMAL(15,2) NULL,
    committed_at  DATETIME(6)   NULL,
    received_date DATE          NULL,
    gift_id       CHAR(36)      NULL,
    PRIMARY KEY (instalment_id),
    KEY ix_instalment_due (due_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The gifts that were known income before they came in: a mandate's collections (crm.collection.scheduled.v1) and
-- grant instalments (crm.grant.instalment-received.v1). The forecast's expected part leaves them out of the history,
-- as its known part counts them for the rest of the year: each euro once.
CREATE TABLE known_gift (
    gift_id CHAR(36)    NOT NULL,
    source  VARCHAR(20) NOT NULL,
    PRIMARY KEY (gift_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
