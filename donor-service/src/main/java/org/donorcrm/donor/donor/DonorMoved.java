package org.donorcrm.donor.donor;

/** The donor asked for was merged; its history lives on under the survivor. */
public class DonorMoved extends RuntimeException {

    private final String donorId;
    private final String survivorId;

    public DonorMoved(String donorId, String survivorId) {
        super("donor " + donorId + " was merged into " + survivorId);
        this.donorId = donorId;
        this.survivorId = survivorId;
    }

    public String donorId() {
        return donorId;
    }

    public String survivorId() {
        return survivorId;
    }
}
