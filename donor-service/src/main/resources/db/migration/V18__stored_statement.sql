-- The annual statements of a run for all donors of a year (a background job of kind 'annual-statements'): one PDF per
-- donor and run, written as the run goes, so that a resumed run skips the donors already stored and the run's zip is
-- assembled from these rows at download time. Erasing a donor deletes their rows.
CREATE TABLE stored_statement (
    run_id         CHAR(36)      NOT NULL,
    statement_year INT           NOT NULL,
    donor_id       CHAR(36)      NOT NULL,
    donor_number   BIGINT        NOT NULL,
    pdf            LONGBLOB      NOT NULL,
    total_gifts    DECIMAL(15,2) NOT NULL,
    total_periodic DECIMAL(15,2) NOT NULL,
    total          DECIMAL(15,2) NOT NULL,
    created_at     TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (run_id, donor_id),
    KEY ix_stored_statement_donor (donor_id),
    KEY ix_stored_statement_number (run_id, donor_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
