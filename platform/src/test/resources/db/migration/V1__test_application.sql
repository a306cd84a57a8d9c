-- The test application's own tables: a read model fed by the outbox topic, the notes created idempotently, and
-- the steps a background job committed.
CREATE TABLE test_ledger_entry (
    seq        BIGINT       NOT NULL AUTO_INCREMENT,
    event_id   CHAR(36)     NOT NULL,
    event_type VARCHAR(100) NOT NULL,
    account    CHAR(36)     NOT NULL,
    n          INT          NOT NULL,
    PRIMARY KEY (seq),
    UNIQUE KEY uk_test_ledger_entry_event (event_id),
    KEY ix_test_ledger_entry_account (account, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE TABLE test_note (
    id         CHAR(36)      NOT NULL,
    text       VARCHAR(200)  NOT NULL,
    amount     DECIMAL(12,2) NOT NULL,
    created_by VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE TABLE test_job_step (
    job_id CHAR(36) NOT NULL,
    step   INT      NOT NULL,
    PRIMARY KEY (job_id, step)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
