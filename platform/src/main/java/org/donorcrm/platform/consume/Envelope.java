package org.donorcrm.platform.consume;

/** One event as read from a topic: its CloudEvents id and type, and its data as JSON. */
public record Envelope(String id, String type, String data) {
}
