-- What a person types to find a donor (part of the name, e-mail, city, postcode with or without its space, the donor
-- number), in one lower-case column that the database keeps, with an index the search walks in order: choosing a
-- donor among 100,000 stops at the first matches instead of reading every row four times.
ALTER TABLE donor
    ADD COLUMN search_text VARCHAR(600) GENERATED ALWAYS AS (LOWER(CONCAT_WS(' ', display_name, email, city,
        REPLACE(postcode, ' ', ''), donor_number))) STORED,
    ADD KEY ix_donor_search (status, search_text);
