-- A mandate names the campaign (and appeal) it was signed for (issue 25: the public donation page signs mandates
-- per campaign), and every collection of it records its gift under that campaign and appeal, so that the collected
-- gifts count in the campaign's results. NULL for a mandate signed without one (every mandate before V11).
ALTER TABLE sepa_mandate
    ADD COLUMN campaign_id CHAR(36) NULL,
    ADD COLUMN appeal_id   CHAR(36) NULL;
