-- Donors of every kind. Personal data lives only here (never in events); erasure blanks these columns.
-- The *_key columns are duplicate-detection blocking keys, computed by the service on every write and
-- indexed, so that finding candidate pairs among 100,000 donors is a handful of index scans. They are made by
-- the service in canonical form, so they compare byte by byte (binary collations: faster GROUP BY); the long
-- ones (e-mail, name + postcode) are stored as 128-bit SHA-256 digests: a short index, and no second clear copy.
CREATE TABLE household (
    id          CHAR(36)     NOT NULL,
    name        VARCHAR(200) NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE donor (
    id                 CHAR(36)      NOT NULL,
    kind               VARCHAR(30)   NOT NULL,
    income_category    VARCHAR(30)   NOT NULL,
    status             VARCHAR(10)   NOT NULL,
    survivor_id        CHAR(36)      NULL,
    first_name         VARCHAR(100)  NULL,
    last_name          VARCHAR(100)  NULL,
    organisation_name  VARCHAR(200)  NULL,
    display_name       VARCHAR(200)  NULL,
    street             VARCHAR(200)  NULL,
    house_number       VARCHAR(20)   NULL,
    postcode           VARCHAR(7)    NULL,
    city               VARCHAR(100)  NULL,
    country            CHAR(2)       NULL,
    email              VARCHAR(254)  NULL,
    phone              VARCHAR(30)   NULL,
    iban               VARCHAR(34)   NULL,
    date_of_birth      DATE          NULL,
    preferred_language VARCHAR(2)    NULL,
    owner              VARCHAR(100)  NULL,
    notes              VARCHAR(4000) NULL,
    household_id       CHAR(36)      NULL,
    do_not_contact     BOOLEAN       NOT NULL DEFAULT FALSE,
    iban_key           VARCHAR(34)   CHARACTER SET ascii COLLATE ascii_bin NULL,
    email_key          CHAR(32)      CHARACTER SET ascii COLLATE ascii_bin NULL,
    name_postcode_key  CHAR(32)      CHARACTER SET ascii COLLATE ascii_bin NULL,
    phonetic_key       VARCHAR(120)  CHARACTER SET ascii COLLATE ascii_bin NULL,
    created_at         TIMESTAMP(6)  NOT NULL,
    created_by         VARCHAR(100)  NOT NULL,
    updated_at         TIMESTAMP(6)  NOT NULL,
    updated_by         VARCHAR(100)  NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_donor_iban_key (iban_key),
    KEY ix_donor_email_key (email_key),
    KEY ix_donor_name_postcode_key (name_postcode_key),
    KEY ix_donor_phonetic_key (phonetic_key),
    KEY ix_donor_display_name (display_name),
    KEY ix_donor_postcode (postcode),
    KEY ix_donor_owner (owner),
    KEY ix_donor_kind (kind),
    KEY ix_donor_household (household_id),
    CONSTRAINT fk_donor_household FOREIGN KEY (household_id) REFERENCES household (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE donor_tag (
    donor_id CHAR(36)    NOT NULL,
    tag      VARCHAR(40) NOT NULL,
    PRIMARY KEY (donor_id, tag),
    KEY ix_donor_tag_tag (tag),
    CONSTRAINT fk_donor_tag_donor FOREIGN KEY (donor_id) REFERENCES donor (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- People at an organisation (e.g. the programme officer of a foundation): personal data too.
CREATE TABLE contact_person (
    id              CHAR(36)     NOT NULL,
    organisation_id CHAR(36)     NOT NULL,
    name            VARCHAR(200) NULL,
    role            VARCHAR(100) NULL,
    email           VARCHAR(254) NULL,
    phone           VARCHAR(30)  NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_contact_person_organisation (organisation_id),
    CONSTRAINT fk_contact_person_organisation FOREIGN KEY (organisation_id) REFERENCES donor (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Consent is a history: every grant and withdrawal is a row; the latest row per channel and purpose counts.
CREATE TABLE consent (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    donor_id    CHAR(36)     NOT NULL,
    channel     VARCHAR(10)  NOT NULL,
    purpose     VARCHAR(20)  NOT NULL,
    granted     BOOLEAN      NOT NULL,
    source      VARCHAR(100) NOT NULL,
    recorded_at TIMESTAMP(6) NOT NULL,
    recorded_by VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_consent_donor (donor_id, channel, purpose, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE interaction (
    id          CHAR(36)      NOT NULL,
    donor_id    CHAR(36)      NOT NULL,
    type        VARCHAR(20)   NOT NULL,
    occurred_on DATE          NOT NULL,
    author      VARCHAR(100)  NOT NULL,
    summary     VARCHAR(2000) NULL,
    recorded_at TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_interaction_donor (donor_id, occurred_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who changed what and when. Values are kept for review; erasure strips the values and keeps the field names.
CREATE TABLE audit_entry (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    donor_id    CHAR(36)     NOT NULL,
    occurred_at TIMESTAMP(6) NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    action      VARCHAR(40)  NOT NULL,
    changes     MEDIUMTEXT   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_audit_entry_donor (donor_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The gifts of each donor as learnt from crm.gifts; the giving summary is computed from these facts, so
-- re-keying them to a merge's survivor makes its summary the sum of both donors' giving.
CREATE TABLE gift_fact (
    gift_id           CHAR(36)      NOT NULL,
    donor_id          CHAR(36)      NOT NULL,
    original_donor_id CHAR(36)      NOT NULL,
    amount            DECIMAL(15,2) NOT NULL,
    income_date       DATE          NOT NULL,
    channel           VARCHAR(30)   NOT NULL,
    reversed          BOOLEAN       NOT NULL DEFAULT FALSE,
    reversal_date     DATE          NULL,
    PRIMARY KEY (gift_id),
    KEY ix_gift_fact_donor (donor_id, income_date),
    KEY ix_gift_fact_last (donor_id, reversed, income_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Candidate pairs found by the duplicate scan, for review: OPEN until merged or dismissed.
CREATE TABLE duplicate_candidate (
    id          CHAR(36)     NOT NULL,
    donor_a     CHAR(36)     NOT NULL,
    donor_b     CHAR(36)     NOT NULL,
    reasons     VARCHAR(100) NOT NULL,
    status      VARCHAR(10)  NOT NULL,
    found_at    TIMESTAMP(6) NOT NULL,
    decided_at  TIMESTAMP(6) NULL,
    decided_by  VARCHAR(100) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_duplicate_pair (donor_a, donor_b),
    KEY ix_duplicate_status (status, found_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Writes a user may repeat: the first answer is remembered under (scope, key).
CREATE TABLE idempotency_record (
    scope        VARCHAR(40)  NOT NULL,
    idem_key     VARCHAR(100) NOT NULL,
    request_hash CHAR(64)     NOT NULL,
    resource_id  VARCHAR(36)  NOT NULL,
    created_at   TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (scope, idem_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The donors' SEPA mandates for recurring gifts as learnt from crm.gifts: what "active recurring gift" is
-- computed from. Re-keyed to the survivor on a merge, like the gift facts.
CREATE TABLE recurring_mandate (
    mandate_id        CHAR(36)    NOT NULL,
    donor_id          CHAR(36)    NOT NULL,
    original_donor_id CHAR(36)    NOT NULL,
    status            VARCHAR(10) NOT NULL,
    end_date          DATE        NULL,
    PRIMARY KEY (mandate_id),
    KEY ix_recurring_mandate_donor (donor_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
