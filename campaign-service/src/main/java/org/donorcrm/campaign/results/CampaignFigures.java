package org.donorcrm.campaign.results;

import org.donorcrm.campaign.results.GiftMovementRepository.DonorGift;
import org.donorcrm.campaign.results.GiftMovementRepository.GiftNet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The results of a campaign or appeal, computed from exact sums and rounded half-even only at the end.
 * <ul>
 * <li>raised = Σ recorded − Σ reversed ± Σ reallocated, within the scope (a campaign with its appeals);</li>
 * <li>gifts = gifts whose net amount in the scope is above zero (not fully reversed or moved away);</li>
 * <li>donors = donors whose net giving in the scope is above zero;</li>
 * <li>new donors = donors whose first gift ever (earliest income date among their gifts that are not fully
 * reversed; on the same day the one recorded first, then the lowest gift id) is in the scope;</li>
 * <li>average gift = raised ÷ gifts, to the cent;</li>
 * <li>progress = raised ÷ goal × 100, in percent with 2 decimals; none when the goal is 0;</li>
 * <li>cost per euro raised = costs ÷ raised, in euros with 2 decimals; none when nothing was raised;</li>
 * <li>return on investment = (raised − costs) ÷ costs × 100, in percent with 2 decimals; none without costs.</li>
 * </ul>
 */
public record CampaignFigures(
        BigDecimal raised,
        int gifts,
        int donors,
        int newDonors,
        BigDecimal averageGift,
        BigDecimal goal,
        BigDecimal progressPercent,
        BigDecimal costs,
        BigDecimal costPerEuroRaised,
        BigDecimal returnOnInvestmentPercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Comparator<DonorGift> FIRST_GIFT = Comparator
            .comparing(DonorGift::incomeDate)
            .thenComparing(DonorGift::recordedAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .thenComparing(DonorGift::giftId);

    /**
     * @param movedInScope   every gift that moved in or out of the scope, with its net amount per place
     * @param giftsOfDonors  every gift (anywhere) of the donors who have a gift in the scope
     */
    public static CampaignFigures of(Collection<GiftNet> movedInScope, Collection<DonorGift> giftsOfDonors,
                                     BigDecimal goal, BigDecimal costs) {
        // a gift moved between the campaign and its appeals has a row in each: one net per gift in the scope
        Map<List<String>, BigDecimal> perGift = new HashMap<>();
        movedInScope.forEach(g -> perGift.merge(List.of(g.giftId(), g.donorId()), g.net(), BigDecimal::add));
        List<GiftNet> inScope = perGift.entrySet().stream()
                .map(e -> new GiftNet(null, e.getKey().get(0), e.getKey().get(1), e.getValue()))
                .toList();
        BigDecimal raised = cents(inScope.stream().map(GiftNet::net).reduce(BigDecimal.ZERO, BigDecimal::add));
        Set<String> giftsCounted = inScope.stream()
                .filter(g -> g.net().signum() > 0)
                .map(GiftNet::giftId)
                .collect(Collectors.toSet());
        Map<String, BigDecimal> perDonor = new HashMap<>();
        inScope.forEach(g -> perDonor.merge(g.donorId(), g.net(), BigDecimal::add));
        Set<String> donors = perDonor.entrySet().stream()
                .filter(e -> e.getValue().signum() > 0)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());

        Map<String, DonorGift> firstGifts = new HashMap<>();
        giftsOfDonors.stream()
                .filter(g -> g.net().signum() > 0)
                .forEach(g -> firstGifts.merge(g.donorId(), g, (a, b) -> FIRST_GIFT.compare(a, b) <= 0 ? a : b));
        int newDonors = (int) donors.stream()
                .map(firstGifts::get)
                .filter(first -> first != null && giftsCounted.contains(first.giftId()))
                .count();

        BigDecimal totalCosts = cents(costs);
        BigDecimal average = giftsCounted.isEmpty() ? null
                : raised.divide(BigDecimal.valueOf(giftsCounted.size()), 2, RoundingMode.HALF_EVEN);
        BigDecimal progress = goal.signum() == 0 ? null
                : raised.multiply(HUNDRED).divide(goal, 2, RoundingMode.HALF_EVEN);
        BigDecimal costPerEuro = raised.signum() <= 0 ? null
                : totalCosts.divide(raised, 2, RoundingMode.HALF_EVEN);
        BigDecimal roi = totalCosts.signum() == 0 ? null
                : raised.subtract(totalCosts).multiply(HUNDRED).divide(totalCosts, 2, RoundingMode.HALF_EVEN);
        return new CampaignFigures(raised, giftsCounted.size(), donors.size(), newDonors, average, cents(goal),
                progress, totalCosts, costPerEuro, roi);
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
