-- Gifts as recorded, their split over earmark classes, and the transactional outbox of crm.gifts.
CREATE TABLE gift (
    id               CHAR(36)       NOT NULL,
    donor_id         CHAR(36)       NOT NULL,
    amount           DECIMAL(15, 2) NOT NULL,
    currency         CHAR(3)        NOT NULL,
    income_date      DATE           NOT NULL,
    received_date    DATE           NOT NULL,
    channel          VARCHAR(30)    NOT NULL,
    idempotency_key  VARCHAR(100)   NULL,
    request_hash     CHAR(64)       NULL,
    recorded_by      VARCHAR(100)   NOT NULL,
    recorded_at      TIMESTAMP(6)   NOT NULL,
    version          BIGINT         NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_gift_idempotency_key (idempotency_key),
    KEY ix_gift_donor (donor_id, income_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE gift_allocation (
    id            BIGINT         NOT NULL AUTO_INCREMENT,
    gift_id       CHAR(36)       NOT NULL,
    line_no       INT            NOT NULL,
    earmark_class VARCHAR(20)    NOT NULL,
    fund_code     VARCHAR(30)    NULL,
    amount        DECIMAL(15, 2) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_allocation_line (gift_id, line_no),
    CONSTRAINT fk_allocation_gift FOREIGN KEY (gift_id) REFERENCES gift (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Written in the same transaction as the change it announces; the relay publishes rows in seq order.
CREATE TABLE outbox_event (
    seq          BIGINT       NOT NULL AUTO_INCREMENT,
    event_id     CHAR(36)     NOT NULL,
    event_type   VARCHAR(100) NOT NULL,
    aggregate_id CHAR(36)     NOT NULL,
    partition_key CHAR(36)    NOT NULL,
    occurred_at  TIMESTAMP(6) NOT NULL,
    payload      MEDIUMTEXT   NOT NULL,
    sent_at      TIMESTAMP(6) NULL,
    PRIMARY KEY (seq),
    UNIQUE KEY uk_outbox_event_id (event_id),
    KEY ix_outbox_pending (sent_at, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
