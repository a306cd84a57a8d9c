package org.donorcrm.donor.statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.donorcrm.donor.donor.Amsterdam;
import org.donorcrm.donor.donor.Donor;
import org.donorcrm.donor.donor.DonorService;
import org.donorcrm.donor.giving.GiftFact;
import org.donorcrm.donor.giving.GivingService;
import org.donorcrm.donor.giving.PeriodicAgreement;
import org.donorcrm.donor.salutation.SalutationService;
import org.donorcrm.platform.http.InvalidInput;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes a donor's annual gift statement from the gift facts this service keeps: the gifts of the year (income date in
 * it) that were not reversed; a gift collected under a mandate that pays a periodic-gift agreement whose term covers
 * its date is listed under that agreement. A gift of the year reversed after the year ended makes it a corrected
 * statement. Nothing in it depends on the moment it is made, only on the facts.
 */
@ApplicationScoped
public class AnnualStatements {

    public static final int FIRST_YEAR = 2000;

    /** A statement with what its letter is addressed to. */
    public record Addressed(AnnualStatement statement, String name, String street, String postcodeCity) {
    }

    private final DonorService donors;
    private final GivingService giving;
    private final SalutationService salutations;
    private final OrganisationConfig organisation;

    public AnnualStatements(DonorService donors, GivingService giving, SalutationService salutations,
                            OrganisationConfig organisation) {
        this.donors = donors;
        this.giving = giving;
        this.salutations = salutations;
        this.organisation = organisation;
    }

    /**
     * The year as asked: four digits from {@value #FIRST_YEAR} up to this year (Europe/Amsterdam).
     *
     * @throws InvalidInput otherwise
     */
    public static int year(String text) {
        int thisYear = Amsterdam.today().getYear();
        if (text == null || !text.matches("[0-9]{4}") || Integer.parseInt(text) < FIRST_YEAR
                || Integer.parseInt(text) > thisYear) {
            throw new InvalidInput("#/year", "must be a year from " + FIRST_YEAR + " to " + thisYear);
        }
        return Integer.parseInt(text);
    }

    /** The statement of an active donor (404 unknown, 410 erased, a merged one answers with its survivor). */
    @Transactional
    public Addressed of(String donorId, String yearText) {
        int year = year(yearText);
        Donor donor = donors.find(donorId);
        List<GiftFact> ofYear = giving.giftsOf(donor.id).stream().filter(g -> g.incomeDate.getYear() == year)
                .toList();
        List<GiftFact> kept = ofYear.stream().filter(g -> !g.reversed).toList();
        boolean corrected = ofYear.stream().anyMatch(g -> g.reversed && g.reversalDate != null
                && g.reversalDate.getYear() > year);
        Map<String, PeriodicAgreement> agreementOf = giving.agreementsOf(kept);

        List<AnnualStatement.Gift> gifts = new ArrayList<>();
        Map<PeriodicAgreement, List<AnnualStatement.Gift>> periodic = new LinkedHashMap<>();
        for (GiftFact fact : kept) {
            AnnualStatement.Gift gift = new AnnualStatement.Gift(fact.giftId, fact.incomeDate, fact.amount,
                    fact.funds);
            PeriodicAgreement agreement = agreementOf.get(fact.giftId);
            if (agreement == null) {
                gifts.add(gift);
            } else {
                periodic.computeIfAbsent(agreement, a -> new ArrayList<>()).add(gift);
            }
        }
        List<AnnualStatement.Agreement> agreements = periodic.entrySet().stream()
                .map(e -> new AnnualStatement.Agreement(number(e.getKey()), e.getKey().startDate,
                        e.getKey().endDate, e.getKey().durationYears, e.getValue(), sum(e.getValue())))
                .toList();
        BigDecimal totalGifts = sum(gifts);
        BigDecimal totalPeriodic = agreements.stream().map(AnnualStatement.Agreement::total)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        AnnualStatement statement = new AnnualStatement(donor.id, donor.number, year,
                donor.preferredLanguage == null ? "nl" : donor.preferredLanguage, salutations.of(donor), corrected,
                gifts, totalGifts, agreements, totalPeriodic, totalGifts.add(totalPeriodic),
                new AnnualStatement.Organisation(organisation.name(), organisation.street(),
                        organisation.postcodeCity(), organisation.rsin(), organisation.anbi()));
        String street = join(donor.street, donor.houseNumber);
        String postcodeCity = join(donor.postcode, donor.city);
        return new Addressed(statement, donor.displayName, street, postcodeCity);
    }

    /**
     * The agreement's number on the statement: its transaction number. An agreement signed before
     * {@code crm.agreement.signed.v1} carried that number (kept since V20) is known here by its id only, so its id
     * stands in for it; the donor finds the transaction number on their copy of the agreement.
     */
    private static String number(PeriodicAgreement agreement) {
        return agreement.transactionNumber != null ? agreement.transactionNumber : agreement.agreementId;
    }

    private static BigDecimal sum(List<AnnualStatement.Gift> gifts) {
        return gifts.stream().map(AnnualStatement.Gift::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private static String join(String first, String second) {
        String joined = ((first == null ? "" : first) + " " + (second == null ? "" : second)).trim();
        return joined.isEmpty() ? null : joined;
    }
}
