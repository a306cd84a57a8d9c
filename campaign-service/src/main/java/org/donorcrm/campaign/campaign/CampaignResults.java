package org.donorcrm.campaign.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.donorcrm.campaign.results.CampaignFigures;
import org.donorcrm.campaign.results.GiftMovementRepository;
import org.donorcrm.campaign.results.GiftMovementRepository.DonorGift;
import org.donorcrm.campaign.results.GiftMovementRepository.GiftNet;

import java.math.BigDecimal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Live results of a campaign (its own gifts and its appeals') and of each of its appeals, from the gift
 * movements the consumers keep up to date and the costs booked here.
 */
@ApplicationScoped
public class CampaignResults {

    /** The figures of one campaign or appeal. */
    public record Result(Campaign campaign, CampaignFigures figures) {
    }

    /** A campaign's figures and those of each of its appeals (an appeal has none of its own). */
    public record WithAppeals(Result total, List<Result> appeals) {
    }

    private final CampaignService campaigns;
    private final CampaignRepository campaignRepository;
    private final CostRepository costs;
    private final GiftMovementRepository movements;

    public CampaignResults(CampaignService campaigns, CampaignRepository campaignRepository, CostRepository costs,
                           GiftMovementRepository movements) {
        this.campaigns = campaigns;
        this.campaignRepository = campaignRepository;
        this.costs = costs;
        this.movements = movements;
    }

    /**
     * One pass over the campaign and its appeals: the movements, the donors' gifts and the costs are read once
     * for the whole scope, then summed per appeal and in total.
     */
    @Transactional
    public WithAppeals of(String campaignId) {
        Campaign campaign = campaigns.get(campaignId);
        List<Campaign> appeals = campaign.isAppeal() ? List.of() : campaignRepository.appealsOf(campaign.id);
        List<String> scope = new ArrayList<>();
        scope.add(campaign.id);
        appeals.forEach(a -> scope.add(a.id));

        List<GiftNet> nets = movements.netPerGift(scope);
        List<DonorGift> giftsOfDonors = movements.giftsOfDonorsIn(scope);
        Map<String, BigDecimal> costs = this.costs.totals(scope);
        BigDecimal allCosts = costs.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);

        Result total = new Result(campaign, CampaignFigures.of(nets, giftsOfDonors, campaign.goal, allCosts));
        List<Result> perAppeal = appeals.stream()
                .map(a -> new Result(a, CampaignFigures.of(
                        nets.stream().filter(n -> a.id.equals(n.attributedTo())).toList(),
                        giftsOfDonors, a.goal, costs.getOrDefault(a.id, BigDecimal.ZERO))))
                .toList();
        return new WithAppeals(total, perAppeal);
    }
}
