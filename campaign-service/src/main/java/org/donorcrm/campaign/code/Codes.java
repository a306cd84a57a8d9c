package org.donorcrm.campaign.code;

/**
 * The codes funds, campaigns and appeals are known by: what users type and gifts carry. Capitals, digits and
 * dashes, at most 30; unique over funds, and over campaigns and appeals together ({@link DuplicateCode}).
 */
public final class Codes {

    public static final String PATTERN = "[A-Z0-9][A-Z0-9-]{0,29}";
    public static final String MESSAGE = "must be a code of capitals, digits and dashes such as PRJ-DTZ (at most 30)";

    private Codes() {
    }
}
