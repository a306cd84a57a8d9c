-- The public donation page (issue 25, "word donateur" by SEPA e-mandate).
--
-- donate_campaign: the campaigns and appeals of crm.campaigns, as far as the page needs them (its address
-- /geven/{campaignCode}[/{appealCode}] names them by code; the page shows the name). A local replica, fed by
-- donate/CampaignReplicas: the page never asks another service, so it works while campaign-service or gift-service
-- is down.
CREATE TABLE donate_campaign (
    campaign_id        CHAR(36)     NOT NULL,
    code               VARCHAR(30)  NOT NULL,
    name               VARCHAR(200) NOT NULL,
    parent_campaign_id CHAR(36)     NULL,
    status             VARCHAR(20)  NOT NULL,
    updated_at         TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (campaign_id),
    KEY ix_donate_campaign_code (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- online_signup: a mandate signed on the page, kept until gift-service has it (POST /api/v1/mandates with
-- donor-service's own identity). PENDING until then, retried in the background with a growing pause; SENT once
-- gift-service created it (or answered that its reference exists: a retry after a lost answer); FAILED when
-- gift-service refused it for good (last_error holds the HTTP status only). Holds personal data (the account holder
-- and the IBAN): erasing the donor deletes the row. The reference (DON-<donor number>-<sequence>) is unique.
CREATE TABLE online_signup (
    id                    CHAR(36)      NOT NULL,
    donor_id              CHAR(36)      NOT NULL,
    reference             VARCHAR(35)   NOT NULL,
    campaign_id           CHAR(36)      NULL,
    appeal_id             CHAR(36)      NULL,
    amount                DECIMAL(15,2) NOT NULL,
    frequency             VARCHAR(20)   NOT NULL,
    debtor_name           VARCHAR(70)   NULL,
    debtor_iban           VARCHAR(34)   NULL,
    signature_date        DATE          NOT NULL,
    first_collection_date DATE          NOT NULL,
    status                VARCHAR(10)   NOT NULL,
    attempts              INT           NOT NULL,
    next_attempt_at       TIMESTAMP(6)  NOT NULL,
    last_error            VARCHAR(100)  NULL,
    created_at            TIMESTAMP(6)  NOT NULL,
    sent_at               TIMESTAMP(6)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_online_signup_reference (reference),
    KEY ix_online_signup_due (status, next_attempt_at),
    KEY ix_online_signup_donor (donor_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
