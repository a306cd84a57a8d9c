-- Issue 7: SEPA direct debit (mandates with their schedule, collection runs, collections), periodic-gift
-- agreements, grants with instalments and reporting deadlines, and the audit trail of these writes.

-- A SEPA Core mandate and the recurring gift it pays. debtor_name, debtor_iban and debtor_bic are personal
-- data: never in events or logs, blanked when the donor is erased.
CREATE TABLE sepa_mandate (
    id                    CHAR(36)       NOT NULL,
    donor_id              CHAR(36)       NOT NULL,
    reference             VARCHAR(35)    NOT NULL,
    creditor_id           VARCHAR(35)    NOT NULL,
    signature_date        DATE           NOT NULL,
    debtor_name           VARCHAR(70)    NULL,
    debtor_iban           VARCHAR(34)    NULL,
    debtor_bic            VARCHAR(11)    NULL,
    amount                DECIMAL(15, 2) NOT NULL,
    currency              CHAR(3)        NOT NULL,
    frequency             VARCHAR(20)    NOT NULL,
    first_collection_date DATE           NOT NULL,
    end_date              DATE           NULL,
    fund_code             VARCHAR(30)    NOT NULL,
    status                VARCHAR(20)    NOT NULL,
    status_reason         VARCHAR(200)   NULL,
    last_collection_date  DATE           NULL,
    return_count          INT            NOT NULL DEFAULT 0,
    created_by            VARCHAR(100)   NOT NULL,
    created_at            TIMESTAMP(6)   NOT NULL,
    version               BIGINT         NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_mandate_reference (creditor_id, reference),
    KEY ix_mandate_donor (donor_id),
    KEY ix_mandate_status (status, first_collection_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One pain.008 message: the collections created for one due date by one run. The file itself is rebuilt from
-- the rows on download, so no copy of debtor data is kept beside the mandates.
CREATE TABLE sepa_collection_run (
    id          CHAR(36)       NOT NULL,
    message_id  VARCHAR(35)    NOT NULL,
    due_date    DATE           NOT NULL,
    tx_count    INT            NOT NULL,
    total       DECIMAL(15, 2) NOT NULL,
    created_by  VARCHAR(100)   NOT NULL,
    created_at  TIMESTAMP(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_run_message (message_id),
    KEY ix_run_due (due_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One debit of one mandate on one due date: the unique key makes a repeated run add nothing.
CREATE TABLE sepa_collection (
    id            CHAR(36)       NOT NULL,
    mandate_id    CHAR(36)       NOT NULL,
    run_id        CHAR(36)       NOT NULL,
    due_date      DATE           NOT NULL,
    amount        DECIMAL(15, 2) NOT NULL,
    end_to_end_id VARCHAR(35)    NOT NULL,
    sequence_type VARCHAR(4)     NOT NULL,
    gift_id       CHAR(36)       NOT NULL,
    status        VARCHAR(20)    NOT NULL,
    return_reason VARCHAR(4)     NULL,
    returned_on   DATE           NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_collection_mandate_due (mandate_id, due_date),
    UNIQUE KEY uk_collection_e2e (end_to_end_id),
    KEY ix_collection_run (run_id),
    KEY ix_collection_gift (gift_id),
    CONSTRAINT fk_collection_mandate FOREIGN KEY (mandate_id) REFERENCES sepa_mandate (id),
    CONSTRAINT fk_collection_run FOREIGN KEY (run_id) REFERENCES sepa_collection_run (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- "Periodieke gift": at least five years, a fixed yearly amount, the agreement's own transaction number.
CREATE TABLE periodic_gift_agreement (
    id                 CHAR(36)       NOT NULL,
    donor_id           CHAR(36)       NOT NULL,
    mandate_id         CHAR(36)       NULL,
    transaction_number VARCHAR(35)    NOT NULL,
    yearly_amount      DECIMAL(15, 2) NOT NULL,
    currency           CHAR(3)        NOT NULL,
    start_date         DATE           NOT NULL,
    end_date           DATE           NULL,
    duration_years     INT            NOT NULL,
    signature_date     DATE           NOT NULL,
    status             VARCHAR(20)    NOT NULL,
    created_by         VARCHAR(100)   NOT NULL,
    created_at         TIMESTAMP(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_agreement_transaction (transaction_number),
    KEY ix_agreement_donor (donor_id),
    CONSTRAINT fk_agreement_mandate FOREIGN KEY (mandate_id) REFERENCES sepa_mandate (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An institutional funder's commitment: total, fund (earmark), period, overhead, instalments, deadlines.
CREATE TABLE grant_commitment (
    id                  CHAR(36)       NOT NULL,
    donor_id            CHAR(36)       NOT NULL,
    title               VARCHAR(200)   NOT NULL,
    funder_reference    VARCHAR(100)   NULL,
    fund_code           VARCHAR(30)    NOT NULL,
    earmark_class       VARCHAR(20)    NOT NULL,
    total_amount        DECIMAL(15, 2) NOT NULL,
    currency            CHAR(3)        NOT NULL,
    start_date          DATE           NOT NULL,
    end_date            DATE           NOT NULL,
    overhead_percentage DECIMAL(5, 2)  NOT NULL,
    idempotency_key     VARCHAR(100)   NULL,
    created_by          VARCHAR(100)   NOT NULL,
    created_at          TIMESTAMP(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_grant_idempotency_key (idempotency_key),
    KEY ix_grant_donor (donor_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE grant_instalment (
    id          CHAR(36)       NOT NULL,
    grant_id    CHAR(36)       NOT NULL,
    line_no     INT            NOT NULL,
    due_date    DATE           NOT NULL,
    amount      DECIMAL(15, 2) NOT NULL,
    gift_id     CHAR(36)       NULL,
    received_at TIMESTAMP(6)   NULL,
    due_announced_at TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_instalment_line (grant_id, line_no),
    UNIQUE KEY uk_instalment_gift (gift_id),
    CONSTRAINT fk_instalment_grant FOREIGN KEY (grant_id) REFERENCES grant_commitment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE grant_deadline (
    id          CHAR(36)     NOT NULL,
    grant_id    CHAR(36)     NOT NULL,
    line_no     INT          NOT NULL,
    due_date    DATE         NOT NULL,
    description VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_deadline_line (grant_id, line_no),
    KEY ix_deadline_due (due_date),
    CONSTRAINT fk_deadline_grant FOREIGN KEY (grant_id) REFERENCES grant_commitment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who changed what and when, for mandates, collections, agreements, grants and bank imports (no personal data).
CREATE TABLE audit_trail (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    entity_type VARCHAR(40)  NOT NULL,
    entity_id   CHAR(36)     NOT NULL,
    action      VARCHAR(40)  NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    acted_at    TIMESTAMP(6) NOT NULL,
    details     MEDIUMTEXT   NULL,
    PRIMARY KEY (id),
    KEY ix_audit_entity (entity_type, entity_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
