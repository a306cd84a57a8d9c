-- Issue 20 parts 4-5: a statement file is read in one streaming pass into these staging tables (in JDBC batches, so
-- memory does not grow with the file), then matched and booked in chunks of about 1,000 transactions, each chunk in
-- its own transaction with the import job's checkpoint (the last booked seq). A run resumed after a crash starts
-- after the last committed chunk. The rows belong to one import (upload_id: the BankUpload of a screen or
-- Prefer: respond-async upload, or a one-off id of a synchronous API import) and are deleted when it ends.
-- Personal data (names, IBANs, remittance texts) while the import runs, like bank_upload_part.

-- One statement of the file: its header and totals as read, its range of seq, and the bank_statement this import
-- created for it (set in the transaction of its first chunk; null while none, or when it had been imported before).
CREATE TABLE bank_staged_statement (
    upload_id       CHAR(36)       NOT NULL,
    stmt_no         INT            NOT NULL,
    format_version  VARCHAR(40)    NOT NULL,
    account         TEXT           NOT NULL,
    statement_ref   TEXT           NOT NULL,
    sequence_no     TEXT           NULL,
    created_by_bank TEXT           NULL,
    currency        TEXT           NULL,
    opening_balance DECIMAL(15, 2) NULL,
    closing_balance DECIMAL(15, 2) NULL,
    entry_count     INT            NOT NULL,
    credit_count    INT            NOT NULL,
    credit_total    DECIMAL(17, 2) NOT NULL,
    debit_count     INT            NOT NULL,
    debit_total     DECIMAL(17, 2) NOT NULL,
    first_seq       BIGINT         NOT NULL,
    last_seq        BIGINT         NOT NULL,
    statement_id    CHAR(36)       NULL,
    PRIMARY KEY (upload_id, stmt_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One transaction of the file as read (seq: its place in the file, from 1), before matching.
CREATE TABLE bank_staged_entry (
    upload_id         CHAR(36)       NOT NULL,
    seq               BIGINT         NOT NULL,
    stmt_no           INT            NOT NULL,
    entry_no          INT            NOT NULL,
    tx_no             INT            NOT NULL,
    credit            BOOLEAN        NOT NULL,
    returned          BOOLEAN        NOT NULL,
    amount            DECIMAL(15, 2) NOT NULL,
    currency          TEXT           NULL,
    booking_date      DATE           NOT NULL,
    value_date        DATE           NULL,
    entry_ref         TEXT           NULL,
    acct_svcr_ref     TEXT           NULL,
    end_to_end_id     TEXT           NULL,
    mandate_ref       TEXT           NULL,
    bank_tx_code      TEXT           NULL,
    return_reason     TEXT           NULL,
    counterparty_name VARCHAR(140)   NULL,
    counterparty_iban TEXT           NULL,
    counterparty_city VARCHAR(35)    NULL,
    remittance        VARCHAR(500)   NULL,
    donor_id_column   TEXT           NULL,
    PRIMARY KEY (upload_id, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
