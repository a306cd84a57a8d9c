-- The review queue's suggestions (issue 20 part 3): a donor of a similar name is suggested for a credit only when
-- they live in the town of the counterparty's address, where the statement gives it (CAMT Dbtr/PstlAdr/TwnNm).
-- Like the counterparty's name and IBAN it is blanked when the line's donor is erased.
ALTER TABLE bank_entry ADD COLUMN counterparty_city VARCHAR(35) NULL AFTER counterparty_iban;
