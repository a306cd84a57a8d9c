-- Issue 8: bank statements (CAMT.053 and CSV exports), their entries with how each was matched, the review
-- queue, and the accounts finance confirmed as a donor's (hashed: no readable IBANs in this table).

CREATE TABLE bank_statement (
    id              CHAR(36)       NOT NULL,
    identity_hash   CHAR(64)       NOT NULL,
    source          VARCHAR(20)    NOT NULL,
    format_version  VARCHAR(30)    NOT NULL,
    account         VARCHAR(70)    NOT NULL,
    statement_ref   VARCHAR(100)   NOT NULL,
    sequence_no     VARCHAR(30)    NULL,
    created_by_bank VARCHAR(40)    NULL,
    currency        CHAR(3)        NULL,
    opening_balance DECIMAL(15, 2) NULL,
    closing_balance DECIMAL(15, 2) NULL,
    entry_count     INT            NOT NULL,
    credit_count    INT            NOT NULL,
    credit_total    DECIMAL(15, 2) NOT NULL,
    debit_count     INT            NOT NULL,
    debit_total     DECIMAL(15, 2) NOT NULL,
    duplicate_count INT            NOT NULL,
    imported_by     VARCHAR(100)   NOT NULL,
    imported_at     TIMESTAMP(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_statement_identity (identity_hash),
    KEY ix_statement_account (account, imported_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One credit or debit (a batch entry with amounts per transaction becomes one row per transaction).
-- counterparty_name, counterparty_iban and remittance are personal data: blanked when the donor is erased.
CREATE TABLE bank_entry (
    id                CHAR(36)       NOT NULL,
    statement_id      CHAR(36)       NOT NULL,
    line_no           INT            NOT NULL,
    entry_key         CHAR(64)       NOT NULL,
    direction         VARCHAR(4)     NOT NULL,
    kind              VARCHAR(20)    NOT NULL,
    amount            DECIMAL(15, 2) NOT NULL,
    currency          CHAR(3)        NOT NULL,
    booking_date      DATE           NOT NULL,
    value_date        DATE           NULL,
    entry_ref         VARCHAR(100)   NULL,
    acct_svcr_ref     VARCHAR(100)   NULL,
    end_to_end_id     VARCHAR(100)   NULL,
    mandate_ref       VARCHAR(100)   NULL,
    bank_tx_code      VARCHAR(40)    NULL,
    return_reason     VARCHAR(10)    NULL,
    counterparty_name VARCHAR(140)   NULL,
    counterparty_iban VARCHAR(34)    NULL,
    remittance        VARCHAR(500)   NULL,
    status            VARCHAR(20)    NOT NULL,
    match_reason      VARCHAR(200)   NULL,
    donor_id          CHAR(36)       NULL,
    gift_id           CHAR(36)       NULL,
    resolved_by       VARCHAR(100)   NULL,
    resolved_at       TIMESTAMP(6)   NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_entry_key (entry_key),
    KEY ix_entry_statement (statement_id, line_no),
    KEY ix_entry_status (status, booking_date),
    KEY ix_entry_e2e (end_to_end_id),
    KEY ix_entry_donor (donor_id),
    CONSTRAINT fk_entry_statement FOREIGN KEY (statement_id) REFERENCES bank_statement (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An account finance confirmed as a donor's: HMAC-SHA256 of the IBAN with a secret pepper, never the IBAN.
CREATE TABLE known_account (
    iban_hash  CHAR(64)     NOT NULL,
    donor_id   CHAR(36)     NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (iban_hash),
    KEY ix_known_account_donor (donor_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE sepa_mandate ADD KEY ix_mandate_iban (debtor_iban);
