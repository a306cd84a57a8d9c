-- The periodic-gift agreement's own number (issue 22): gift-service's transaction number, the "transactienummer" the
-- donor quotes to the tax office, now carried by crm.agreement.signed.v1 and printed on the annual statement
-- ("Overeenkomst {number}"). An identifier, not personal data. Agreements learnt before the event carried it keep
-- NULL here, and the statement names them by their id.
ALTER TABLE periodic_agreement
    ADD COLUMN transaction_number VARCHAR(35) NULL AFTER mandate_id;
