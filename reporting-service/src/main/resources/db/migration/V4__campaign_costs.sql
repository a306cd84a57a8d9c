-- Campaign costs from crm.campaigns (crm.campaign.cost.recorded.v1 / .removed.v1): a read model like the replicas,
-- emptied and replayed by the rebuild. A removal may arrive before its recording (order tolerance): the row then
-- exists with removed_at set and the recording only fills in its fields.
CREATE TABLE campaign_cost (
    cost_id     CHAR(36)      NOT NULL,
    campaign_id CHAR(36)      NOT NULL,
    category    VARCHAR(40)   NULL,
    amount      DECIMAL(15,2) NOT NULL,
    cost_date   DATE          NULL,
    removed_at  DATETIME(6)   NULL,
    PRIMARY KEY (cost_id),
    KEY ix_campaign_cost_campaign (campaign_id, cost_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
