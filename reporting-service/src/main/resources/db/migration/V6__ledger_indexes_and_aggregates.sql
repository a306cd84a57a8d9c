-- Fast figures at 1,000,000 ledger rows (docs/performance.md): indexes the figure queries can use and two
-- small aggregates of the income ledger, kept in the same transaction as the ledger rows (IncomeLedger.flushPending,
-- Replicas.merged re-keys them with the ledger), emptied and refilled by the rebuild like the ledger.

-- Sums over a date range read only this index (no row lookups): replaces ix_movement_period, its prefix.
-- ix_movement_date gives the drill-down its order (income_date, id) without a sort of the whole period.
-- (gift_id, movement) answers "was this gift reversed" from the index; (donor_id, income_date) finds a donor's rows
-- of a period (the gift count of private donors starts from the donors of a kind).
ALTER TABLE income_movement
    DROP INDEX ix_movement_period,
    DROP INDEX ix_movement_gift,
    DROP INDEX ix_movement_donor,
    ADD KEY ix_movement_donor (donor_id, income_date),
    ADD KEY ix_movement_period_cover (income_date, earmark_class, donor_id, amount),
    ADD KEY ix_movement_date (income_date),
    ADD KEY ix_movement_gift (gift_id, movement);

-- Income per day and earmark class: sum and number of ledger rows. Any period's income per earmark class is a
-- range of at most 366 × 3 rows of it.
CREATE TABLE income_day (
    income_date   DATE           NOT NULL,
    earmark_class VARCHAR(20)    NOT NULL,
    amount        DECIMAL(19, 2) NOT NULL,
    movements     BIGINT         NOT NULL,
    PRIMARY KEY (income_date, earmark_class)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Net amount per ledger donor id (as the ledger holds it: merges re-key both), calendar year and earmark class,
-- and the number of ledger rows: the per-donor figures (donors of a year, retention, LYBUNT/SYBUNT, income per
-- donor kind) read one row per donor and year instead of every gift; the donor's kind, household and merges are
-- still resolved at query time, as for the ledger.
CREATE TABLE income_donor_year (
    income_year   INT            NOT NULL,
    donor_id      CHAR(36)       NOT NULL,
    earmark_class VARCHAR(20)    NOT NULL,
    amount        DECIMAL(19, 2) NOT NULL,
    movements     BIGINT         NOT NULL,
    PRIMARY KEY (income_year, donor_id, earmark_class),
    KEY ix_donor_year_donor (donor_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO income_day (income_date, earmark_class, amount, movements)
SELECT income_date, earmark_class, SUM(amount), COUNT(*) FROM income_movement GROUP BY income_date, earmark_class;

INSERT INTO income_donor_year (income_year, donor_id, earmark_class, amount, movements)
SELECT YEAR(income_date), donor_id, earmark_class, SUM(amount), COUNT(*) FROM income_movement
GROUP BY YEAR(income_date), donor_id, earmark_class;
