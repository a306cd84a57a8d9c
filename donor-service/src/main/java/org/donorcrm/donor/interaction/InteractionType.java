package org.donorcrm.donor.interaction;

public enum InteractionType {
    CALL,
    MEETING,
    LETTER,
    EMAIL,
    THANK_YOU_SENT
}
