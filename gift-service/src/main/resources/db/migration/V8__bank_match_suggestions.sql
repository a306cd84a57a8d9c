-- Bank matching by the donor's own IBAN and donor number (issue 20 part 2). A credit from an account that more than
-- one donor holds (a joint account) goes to review with each holder suggested: their ids, comma-separated, lowest
-- donor number first. A credit that waits for donor-service has status TO_MATCH (ix_entry_status finds them).
ALTER TABLE bank_entry ADD COLUMN suggested_donors VARCHAR(400) NULL AFTER donor_id;
