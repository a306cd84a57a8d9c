-- The number of gifts per donor and year, kept with the ledger's per-donor aggregate, so that "gifts of private
-- donors not reversed" (figure 3's gift count and average gift) does not look at every ledger row of a year:
--   gifts         recorded gifts whose income date is in the year, counted once per gift on the row of the earmark
--                 class of its first allocation line (the lowest line number of its crm.gift.recorded.v1 event);
--                 never decremented: reversals are subtracted at query time through reversed_gift
--   reversed_gift every gift that has a reversal row in the ledger (reversals are a few in a hundred gifts)
-- Both are written by IncomeLedger in the transaction of the ledger rows, re-keyed with income_donor_year on a donor
-- merge, emptied and refilled by the rebuild; filled here for the rows already in the ledger.
ALTER TABLE income_donor_year ADD COLUMN gifts BIGINT NOT NULL DEFAULT 0;

UPDATE income_donor_year g
    JOIN (SELECT YEAR(m.income_date) AS income_year, m.donor_id, m.earmark_class, COUNT(*) AS gifts
          FROM income_movement m
          WHERE m.movement = 'RECORDED'
            AND m.line_no = (SELECT MIN(f.line_no) FROM income_movement f WHERE f.event_id = m.event_id)
          GROUP BY YEAR(m.income_date), m.donor_id, m.earmark_class) x
    ON x.income_year = g.income_year AND x.donor_id = g.donor_id AND x.earmark_class = g.earmark_class
SET g.gifts = x.gifts;

CREATE TABLE reversed_gift (
    gift_id CHAR(36) NOT NULL,
    PRIMARY KEY (gift_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO reversed_gift (gift_id)
SELECT DISTINCT gift_id FROM income_movement WHERE movement = 'REVERSED';
