-- The funds a gift is allocated to (fund codes, or the earmark class where a line has no fund), for the
-- fundraisers' thank-you tasks. Gifts learnt before this column existed show none.
ALTER TABLE gift_fact ADD COLUMN funds VARCHAR(300) NULL;
