package org.donorcrm.donor.giving;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.donorcrm.donor.donor.Amsterdam;
import org.donorcrm.donor.donor.DonorMoved;
import org.donorcrm.donor.donor.DonorRepository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a donor, or a group of donors taken together, gave: computed from the gift facts and mandates. */
@ApplicationScoped
public class GivingService {

    private final DonorRepository donors;
    private final GiftFactRepository facts;
    private final RecurringMandateRepository mandates;
    private final EntityManager entityManager;

    public GivingService(DonorRepository donors, GiftFactRepository facts, RecurringMandateRepository mandates,
                         EntityManager entityManager) {
        this.donors = donors;
        this.facts = facts;
        this.mandates = mandates;
        this.entityManager = entityManager;
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

    /** Every gift counted for the donor (reversed ones included), oldest first. */
    @Transactional
    public List<GiftFact> giftsOf(String donorId) {
        return facts.ofDonors(List.of(donorId));
    }

    /**
     * The periodic-gift agreement each of these gifts was given under, by gift id: the gift was collected under a
     * mandate that pays an agreement whose term covers the gift's date. Gifts without one are left out.
     */
    @Transactional
    public Map<String, PeriodicAgreement> agreementsOf(List<GiftFact> gifts) {
        Map<String, PeriodicAgreement> byGift = new HashMap<>();
        if (gifts.isEmpty()) {
            return byGift;
        }
        Map<String, String> mandateOfGift = new HashMap<>();
        for (GiftCollection c : entityManager.createQuery("select c from GiftCollection c where c.giftId in :ids",
                GiftCollection.class).setParameter("ids", gifts.stream().map(g -> g.giftId).toList())
                .getResultList()) {
            mandateOfGift.put(c.giftId, c.mandateId);
        }
        if (mandateOfGift.isEmpty()) {
            return byGift;
        }
        List<PeriodicAgreement> agreements = entityManager.createQuery(
                "select a from PeriodicAgreement a where a.mandateId in :mandates order by a.startDate, a.agreementId",
                PeriodicAgreement.class).setParameter("mandates", mandateOfGift.values()).getResultList();
        for (GiftFact gift : gifts) {
            String mandate = mandateOfGift.get(gift.giftId);
            agreements.stream().filter(a -> a.mandateId.equals(mandate) && a.covers(gift.incomeDate)).findFirst()
                    .ifPresent(a -> byGift.put(gift.giftId, a));
        }
        return byGift;
    }
}
