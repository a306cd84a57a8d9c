-- What the annual gift statement needs to show a gift under a periodic-gift agreement (issue 22), learnt from
-- crm.gifts: the agreements (crm.agreement.signed.v1: the mandate that pays it, its term) and which mandate collected
-- a gift (crm.collection.scheduled.v1). Ids and dates only. Agreements and collections announced before this
-- migration were marked processed without being kept, so gifts collected before it show as ordinary gifts.
CREATE TABLE periodic_agreement (
    agreement_id   CHAR(36) NOT NULL,
    mandate_id     CHAR(36) NULL,
    start_date     DATE     NOT NULL,
    end_date       DATE     NULL,
    duration_years INT      NOT NULL,
    PRIMARY KEY (agreement_id),
    KEY ix_periodic_agreement_mandate (mandate_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE gift_collection (
    gift_id    CHAR(36) NOT NULL,
    mandate_id CHAR(36) NOT NULL,
    PRIMARY KEY (gift_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
