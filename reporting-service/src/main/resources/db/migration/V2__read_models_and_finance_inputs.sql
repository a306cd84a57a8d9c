-- Issue 6: the ledger learns reversals and re-earmarkings, the read models of donors, funds and campaigns,
-- and the finance inputs this service owns (targets, budgets, actual costs, reserve ledger, audit trail).

-- A reallocation writes a leaving (-) and an arriving (+) row with the same line numbers, so the movement kind
-- is part of a row's identity.
ALTER TABLE income_movement
    DROP INDEX uk_movement_line,
    ADD COLUMN campaign_id CHAR(36) NULL,
    ADD COLUMN appeal_id   CHAR(36) NULL,
    ADD UNIQUE KEY uk_movement_line (event_id, movement, line_no),
    ADD KEY ix_movement_campaign (campaign_id),
    ADD KEY ix_movement_appeal (appeal_id);

-- ---------------------------------------------------------------- read models (rebuildable from the topics)
-- state_at is the time of the event that set the row: an older event arriving late never overwrites a newer one.
-- Event times are DATETIME(6) in UTC (the connection's zone), not TIMESTAMP, which ends in 2038.
CREATE TABLE donor_replica (
    donor_id        CHAR(36)     NOT NULL,
    kind            VARCHAR(30)  NOT NULL,
    income_category VARCHAR(30)  NOT NULL,
    household_id    CHAR(36)     NULL,
    postcode_area   CHAR(2)      NULL,
    survivor_id     CHAR(36)     NULL,  -- set once merged; not "merged_into": Connector/J reads "into" in a SELECT as SELECT ... INTO
    erased_at       DATETIME(6)  NULL,
    state_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (donor_id),
    KEY ix_donor_household (household_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A merged donor's id and the survivor it now lives on; gift events that arrive later for the merged id are
-- booked on the survivor.
CREATE TABLE donor_alias (
    merged_id   CHAR(36)     NOT NULL,
    survivor_id CHAR(36)     NOT NULL,
    merged_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (merged_id),
    KEY ix_alias_survivor (survivor_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE fund_replica (
    fund_id         CHAR(36)     NOT NULL,
    code            VARCHAR(30)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    earmark_class   VARCHAR(20)  NOT NULL,
    active_from     DATE         NULL,
    active_to       DATE         NULL,
    funder_donor_id CHAR(36)     NULL,
    status          VARCHAR(20)  NOT NULL,
    state_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (fund_id),
    KEY ix_fund_code (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE campaign_replica (
    campaign_id        CHAR(36)       NOT NULL,
    code               VARCHAR(30)    NOT NULL,
    name               VARCHAR(200)   NOT NULL,
    goal               DECIMAL(15, 2) NULL,
    currency           CHAR(3)        NULL,
    start_date         DATE           NULL,
    end_date           DATE           NULL,
    status             VARCHAR(20)    NOT NULL,
    parent_campaign_id CHAR(36)       NULL,
    channel            VARCHAR(30)    NULL,
    state_at           DATETIME(6)    NOT NULL,
    PRIMARY KEY (campaign_id),
    KEY ix_campaign_parent (parent_campaign_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- ---------------------------------------------------------------- finance inputs (owned here, never truncated)
CREATE TABLE strategic_target (
    target_year                      INT            NOT NULL,
    unearmarked_share                DECIMAL(5, 2)  NULL,
    private_income                   DECIMAL(15, 2) NULL,
    institutional_unearmarked_income DECIMAL(15, 2) NULL,
    reserve_plan_closing             DECIMAL(15, 2) NULL,
    updated_by                       VARCHAR(100)   NOT NULL,
    updated_at                       TIMESTAMP(6)   NOT NULL,
    PRIMARY KEY (target_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Seed 000 ch. 8: unearmarked share 11 % (2024) -> 30 % (2028), interpolated; private income 40,000 (2024) ->
-- 266,000 (2028) -> 400,000 (2030), interpolated; institutional unearmarked 380/485/590 k (2025-27); reserve
-- 600,000 at the end of 2024 plus 200,000 a year -> 1,400,000 at the end of 2028.
INSERT INTO strategic_target VALUES
    (2024, 11.00,  40000.00,      NULL,  600000.00, 'seed 000', '2025-01-01 00:00:00'),
    (2025, 15.75,  96500.00, 380000.00,  800000.00, 'seed 000', '2025-01-01 00:00:00'),
    (2026, 20.50, 153000.00, 485000.00, 1000000.00, 'seed 000', '2025-01-01 00:00:00'),
    (2027, 25.25, 209500.00, 590000.00, 1200000.00, 'seed 000', '2025-01-01 00:00:00'),
    (2028, 30.00, 266000.00,      NULL, 1400000.00, 'seed 000', '2025-01-01 00:00:00'),
    (2029,  NULL, 333000.00,      NULL,       NULL, 'seed 000', '2025-01-01 00:00:00'),
    (2030,  NULL, 400000.00,      NULL,       NULL, 'seed 000', '2025-01-01 00:00:00');

CREATE TABLE budget (
    budget_year              INT            NOT NULL,
    planned_reserve_addition DECIMAL(15, 2) NOT NULL,
    updated_by               VARCHAR(100)   NOT NULL,
    updated_at               TIMESTAMP(6)   NOT NULL,
    PRIMARY KEY (budget_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One budget line: income of an RJ 650 category in an earmark class, or a cost line (werkorganisatie or not).
-- m01..m12 hold the monthly phasing; all NULL means even (one twelfth a month).
CREATE TABLE budget_line (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    budget_year     INT            NOT NULL,
    line_type       VARCHAR(10)    NOT NULL,
    income_category VARCHAR(30)    NULL,
    earmark_class   VARCHAR(20)    NULL,
    cost_code       VARCHAR(30)    NULL,
    cost_name       VARCHAR(200)   NULL,
    werkorganisatie BOOLEAN        NOT NULL,
    amount          DECIMAL(15, 2) NOT NULL,
    m01 DECIMAL(15, 2) NULL, m02 DECIMAL(15, 2) NULL, m03 DECIMAL(15, 2) NULL, m04 DECIMAL(15, 2) NULL,
    m05 DECIMAL(15, 2) NULL, m06 DECIMAL(15, 2) NULL, m07 DECIMAL(15, 2) NULL, m08 DECIMAL(15, 2) NULL,
    m09 DECIMAL(15, 2) NULL, m10 DECIMAL(15, 2) NULL, m11 DECIMAL(15, 2) NULL, m12 DECIMAL(15, 2) NULL,
    PRIMARY KEY (id),
    KEY ix_budget_line_year (budget_year, line_type)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Actual costs that finance posts per month and cost line (the cost line of that year's budget).
CREATE TABLE actual_cost (
    cost_year  INT            NOT NULL,
    cost_month INT            NOT NULL,
    cost_code  VARCHAR(30)    NOT NULL,
    amount     DECIMAL(15, 2) NOT NULL,
    posted_by  VARCHAR(100)   NOT NULL,
    posted_at  TIMESTAMP(6)   NOT NULL,
    PRIMARY KEY (cost_year, cost_month, cost_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The reserve ledger: the audited closing balance of the continuity reserve per year.
CREATE TABLE reserve_balance (
    balance_year            INT            NOT NULL,
    audited_closing_balance DECIMAL(15, 2) NOT NULL,
    updated_by              VARCHAR(100)   NOT NULL,
    updated_at              TIMESTAMP(6)   NOT NULL,
    PRIMARY KEY (balance_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO reserve_balance VALUES (2024, 600000.00, 'seed 000', '2025-01-01 00:00:00');

-- Who changed which finance input when, and to what; and who started a rebuild.
CREATE TABLE audit_entry (
    id       BIGINT       NOT NULL AUTO_INCREMENT,
    actor    VARCHAR(100) NOT NULL,
    acted_at TIMESTAMP(6) NOT NULL,
    action   VARCHAR(40)  NOT NULL,
    subject  VARCHAR(100) NOT NULL,
    details  MEDIUMTEXT   NULL,
    PRIMARY KEY (id),
    KEY ix_audit_subject (subject, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
