-- The texts of the thank-you letter and e-mail per language, editable on the screen /thank-you/templates (issue 22):
-- a fundraiser saves a draft, an admin approves it, and from then on the approved text is used. Without an approved
-- text the built-in one (LetterMsg) is. One row per kind and language ("THANK_YOU/nl"). No personal data.
CREATE TABLE message_template (
    id               VARCHAR(30)   NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    language         CHAR(2)       NOT NULL,
    draft_subject    VARCHAR(300)  NULL,
    draft_body       VARCHAR(4000) NULL,
    draft_by         VARCHAR(100)  NULL,
    draft_at         TIMESTAMP(6)  NULL,
    approved_subject VARCHAR(300)  NULL,
    approved_body    VARCHAR(4000) NULL,
    approved_by      VARCHAR(100)  NULL,
    approved_at      TIMESTAMP(6)  NULL,
    version          BIGINT        NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
