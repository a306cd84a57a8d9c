-- A donor may decline the annual gift statement ("geen jaaroverzicht"): the yearly run of statements
-- (statement/AnnualStatementRun) leaves them out. A service message, not fundraising: consent does not enter into it.
ALTER TABLE donor ADD COLUMN declines_annual_statement BOOLEAN NOT NULL DEFAULT FALSE;
