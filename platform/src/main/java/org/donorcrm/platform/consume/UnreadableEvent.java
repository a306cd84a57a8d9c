package org.donorcrm.platform.consume;

/** An event that cannot be applied as it is; it goes to the dead-letter topic with this reason. */
public class UnreadableEvent extends RuntimeException {

    public UnreadableEvent(String reason) {
        super(reason);
    }

    public UnreadableEvent(String reason, Throwable cause) {
        super(reason, cause);
    }
}
