-- What a letter's salutation needs (issue 22): the form the donor prefers (INFORMAL "Beste Anna", FORMAL_MALE
-- "Geachte heer De Vries", FORMAL_FEMALE "Geachte mevrouw Van den Berg", NEUTRAL "Beste A. de Vries"), the
-- initials and the tussenvoegsel ("van der", stored in lower case). Personal data: blanked on erasure. Donors
-- registered before have none of them and are addressed as NEUTRAL.
ALTER TABLE donor
    ADD COLUMN salutation_form VARCHAR(20) NULL,
    ADD COLUMN initials        VARCHAR(20) NULL,
    ADD COLUMN name_infix      VARCHAR(20) NULL;
