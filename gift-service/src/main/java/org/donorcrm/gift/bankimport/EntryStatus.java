package org.donorcrm.gift.bankimport;

/**
 * Where a statement line stands. Credits: MATCHED (a new gift, found automatically), COLLECTION (the booking of
 * a direct debit whose gift the collection run already recorded), REVIEW (waiting for finance), ASSIGNED (finance
 * gave it a donor: a new gift), IGNORED (finance: not a gift), RETURN_IN (money back from an outgoing payment),
 * TO_MATCH (donor-service could not be asked during the import: matched automatically once it answers,
 * {@link ToMatchRetry}).
 * Debits: REVERSED (a return that reversed the original gift), RETURN_UNMATCHED (a return whose gift is not
 * ours), DEBIT (an ordinary payment out, only counted).
 */
public enum EntryStatus {
    MATCHED,
    COLLECTION,
    REVIEW,
    ASSIGNED,
    IGNORED,
    RETURN_IN,
    TO_MATCH,
    REVERSED,
    RETURN_UNMATCHED,
    DEBIT
}
