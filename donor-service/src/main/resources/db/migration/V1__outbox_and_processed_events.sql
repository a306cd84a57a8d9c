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
-- Ids of the events already applied, written in the same transaction as their effect: a repeat is skipped.
CREATE TABLE processed_event (
    event_id     CHAR(36)     NOT NULL,
    event_type   VARCHAR(100) NOT NULL,
    processed_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (event_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
