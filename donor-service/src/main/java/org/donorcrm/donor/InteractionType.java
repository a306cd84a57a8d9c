package org.donorcrm.donor;

public enum InteractionType {
    CALL,
    MEETING,
    LETTER,
    EMAIL,
    THANK_YOU_SENT
}
