package org.donorcrm.platform.consume;

/** What a batch did: events applied, and events skipped because they had been applied before. */
public record BatchResult(int applied, int skipped) {
}
