-- The annual statement by e-mail (issue 22): a run of annual statements may also queue, for each stored statement of
-- a donor with an e-mail address and e-mail consent, one message of kind ANNUAL_STATEMENT, sent by mail/MailSender
-- with the PDF attached. The PDF is not copied: run_id names the run whose stored_statement row (run_id, donor_id)
-- the sender reads when it sends. Such a message is about no gift, so gift_id may be NULL now; a donor gets at
-- most one annual statement per year: (donor_id, kind, statement_year) is unique (a thank-you's statement_year is
-- NULL, which a unique key does not compare, and its (gift_id, kind) stays unique), so a retried or repeated run
-- queues nothing new.
ALTER TABLE mail_message
    MODIFY COLUMN gift_id CHAR(36) NULL,
    ADD COLUMN statement_year INT NULL AFTER gift_id,
    ADD COLUMN run_id CHAR(36) NULL AFTER statement_year,
    ADD UNIQUE KEY uk_mail_message_donor_kind_year (donor_id, kind, statement_year),
    ADD KEY ix_mail_message_run (run_id, kind);
