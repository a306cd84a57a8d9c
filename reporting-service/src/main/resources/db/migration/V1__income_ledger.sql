-- The income ledger: every movement of money between earmark classes, as the gift events announced it.
-- A recorded gift adds one row per allocation; later corrections add rows (never edit them), so every figure
-- is a sum over rows and every figure can be opened to the rows behind it.
CREATE TABLE income_movement (
    id            BIGINT         NOT NULL AUTO_INCREMENT,
    event_id      CHAR(36)       NOT NULL,
    movement      VARCHAR(20)    NOT NULL,
    gift_id       CHAR(36)       NOT NULL,
    donor_id      CHAR(36)       NOT NULL,
    line_no       INT            NOT NULL,
    income_date   DATE           NOT NULL,
    earmark_class VARCHAR(20)    NOT NULL,
    fund_code     VARCHAR(30)    NULL,
    amount        DECIMAL(15, 2) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_movement_line (event_id, line_no),
    KEY ix_movement_period (income_date, earmark_class),
    KEY ix_movement_gift (gift_id),
    KEY ix_movement_donor (donor_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Ids of the events already applied, written in the same transaction as their effect: a repeat is skipped.
CREATE TABLE processed_event (
    event_id     CHAR(36)     NOT NULL,
    event_type   VARCHAR(100) NOT NULL,
    processed_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (event_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
