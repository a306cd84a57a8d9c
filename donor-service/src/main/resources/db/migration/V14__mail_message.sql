-- Outgoing e-mail to donors (issue 22): one row per message, written when a fundraiser sends it and sent by
-- mail/MailSender (SELECT ... FOR UPDATE SKIP LOCKED, so that no two replicas send one row), with retries and a
-- growing pause until crm.mail.max-attempts, then FAILED (the dead-letter view /thank-you/mail). A gift is thanked
-- by e-mail at most once: (gift_id, kind) is unique, so a double click or a retried form queues nothing new.
-- Holds personal data (the address, the text): erasure of the donor deletes its rows. last_error never holds
-- an address (mail/MailSender strips them).
CREATE TABLE mail_message (
    id              CHAR(36)      NOT NULL,
    donor_id        CHAR(36)      NOT NULL,
    gift_id         CHAR(36)      NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    recipient       VARCHAR(254)  NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body            VARCHAR(6000) NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at TIMESTAMP(6)  NOT NULL,
    last_error      VARCHAR(300)  NULL,
    queued_at       TIMESTAMP(6)  NOT NULL,
    queued_by       VARCHAR(100)  NOT NULL,
    sent_at         TIMESTAMP(6)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_mail_message_gift_kind (gift_id, kind),
    KEY ix_mail_message_due (status, next_attempt_at),
    KEY ix_mail_message_donor (donor_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
