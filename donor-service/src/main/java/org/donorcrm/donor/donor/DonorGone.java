package org.donorcrm.donor.donor;

/** The donor's personal data was erased: there is nothing personal left to show or change. */
public class DonorGone extends RuntimeException {

    public DonorGone(String donorId) {
        super("the personal data of donor " + donorId + " was erased");
    }
}
