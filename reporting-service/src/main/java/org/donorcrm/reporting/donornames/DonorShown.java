package org.donorcrm.reporting.donornames;

/**
 * A donor as donor-service shows it to the signed-in person: the name for a person who may see personal data; number
 * and kind only for one who may not (a director). Used for one response, kept nowhere.
 */
public record DonorShown(String name, Long number, String kind) {

    /** Whether the person sees the donor's name (and may open the donor's page in donor-service). */
    public boolean named() {
        return name != null;
    }
}
