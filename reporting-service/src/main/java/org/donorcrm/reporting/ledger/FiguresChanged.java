package org.donorcrm.reporting.ledger;

/**
 * Fired (CDI) in the transaction that changed the read models; observers that care only about committed changes
 * observe it with {@code TransactionPhase.AFTER_SUCCESS} (the dashboard's live refresh).
 */
public record FiguresChanged(int events) {
}
