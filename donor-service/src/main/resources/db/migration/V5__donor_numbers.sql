-- Donor numbers ("relatienummer"): short, unique, never given twice. Existing donors are numbered in the order they
-- were registered, from 100001; new ones take the next number from donor_number_counter (one row, incremented in
-- the registering transaction with LAST_INSERT_ID(value + 1), so concurrent registrations on any replica never share
-- one). A merged donor keeps its number on its own (MERGED) row, so that the number still finds the survivor.
ALTER TABLE donor ADD COLUMN donor_number BIGINT NULL AFTER id;

UPDATE donor d
    JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY created_at, id) AS n FROM donor) numbered ON numbered.id = d.id
SET d.donor_number = 100000 + numbered.n;

ALTER TABLE donor MODIFY donor_number BIGINT NOT NULL,
    ADD UNIQUE KEY ux_donor_number (donor_number);

CREATE TABLE donor_number_counter (
    id    TINYINT NOT NULL,
    value BIGINT  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB;

INSERT INTO donor_number_counter (id, value) SELECT 1, COALESCE(MAX(donor_number), 100000) FROM donor;
