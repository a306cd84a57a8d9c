package org.donorcrm.campaign.campaign;

import org.donorcrm.campaign.results.CampaignFigures;

import java.math.BigDecimal;
import java.util.List;

/**
 * A campaign's live results (its appeals included) and each appeal's. Money in euros as decimal strings;
 * {@code progressPercent} and {@code returnOnInvestmentPercent} in percent with 2 decimals;
 * {@code costPerEuroRaised} in euros with 2 decimals; a figure that would divide by zero is null.
 */
public record ResultsResponse(String campaignId, String code, String name, String currency, BigDecimal goal,
                              BigDecimal raised, int gifts, int donors, int newDonors, BigDecimal averageGift,
                              BigDecimal progressPercent, BigDecimal costs, BigDecimal costPerEuroRaised,
                              BigDecimal returnOnInvestmentPercent, List<ResultsResponse> appeals) {

    static ResultsResponse of(CampaignResults.WithAppeals results) {
        return of(results.total(), results.appeals().stream().map(a -> of(a, List.of())).toList());
    }

    private static ResultsResponse of(CampaignResults.Result result, List<ResultsResponse> appeals) {
        CampaignFigures f = result.figures();
        return new ResultsResponse(result.campaign().id, result.campaign().code, result.campaign().name,
                result.campaign().currency, f.goal(), f.raised(), f.gifts(), f.donors(), f.newDonors(),
                f.averageGift(), f.progressPercent(), f.costs(), f.costPerEuroRaised(),
                f.returnOnInvestmentPercent(), appeals);
    }
}
