package org.donorcrm.donor.giving;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.donorcrm.donor.donor.Amsterdam;
import org.donorcrm.donor.donor.DonorMoved;
import org.donorcrm.donor.donor.DonorRepository;

import java.util.List;

/** What a donor, or a group of donors taken together, gave: computed from the gift facts and mandates. */
@ApplicationScoped
public class GivingService {

    private final DonorRepository donors;
    private final GiftFactRepository facts;
    private final RecurringMandateRepository mandates;

    public GivingService(DonorRepository donors, GiftFactRepository facts, RecurringMandateRepository mandates) {
        this.donors = donors;
        this.facts = facts;
        this.mandates = mandates;
    }

    /** The giving summary of a donor; a merged donor's id answers with its survivor. Not personal data. */
    @Transactional
    public GivingSummary summary(String donorId) {
        String id = donors.existing(donorId).id;
        String survivor = donors.survivorOf(id);
        if (!survivor.equals(id)) {
            throw new DonorMoved(id, survivor);
        }
        return together(List.of(id));
    }

    /** The giving of these donors taken together (a household's members). */
    @Transactional
    public GivingSummary together(List<String> donorIds) {
        if (donorIds.isEmpty()) {
            return GivingSummary.of(List.of(), List.of(), Amsterdam.today());
        }
        return GivingSummary.of(facts.ofDonors(donorIds), mandates.ofDonors(donorIds), Amsterdam.today());
    }
}
