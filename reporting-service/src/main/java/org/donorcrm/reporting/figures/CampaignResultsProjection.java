package org.donorcrm.reporting.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.donorcrm.reporting.ledger.CampaignReplica;
import org.donorcrm.reporting.ledger.LedgerQueries;
import org.donorcrm.reporting.period.Period;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Campaign results (docs/figures.md, figure 6): per campaign and per appeal, what was raised in the period against its
 * goal, from how many gifts and donors. A campaign's result includes its appeals' gifts. Cost per euro raised
 * comes from campaign-service's cost events (table campaign_cost); null while a campaign has no cost booked in the
 * period or raised nothing.
 */
@ApplicationScoped
public class CampaignResultsProjection {

    public static final String COST_NOTE = "Cost per euro raised = campaign costs dated in the period (from "
            + "campaign-service's cost events; an appeal's costs count for its campaign too) ÷ net amount raised, "
            + "4 decimals; null when no cost is booked or nothing was raised.";

    public record CampaignResult(String campaignId, String code, String name, String type, String parentCampaignId,
                                 String channel, BigDecimal goal, BigDecimal raised, BigDecimal goalReached,
                                 long gifts, long donors, BigDecimal costPerEuroRaised, String allocations) {
    }

    public record CampaignResults(int year, LocalDate from, LocalDate to, String currency,
                                  List<CampaignResult> items, String note) {
    }

    private final EntityManager em;
    private final LedgerQueries ledger;

    public CampaignResultsProjection(EntityManager em, LedgerQueries ledger) {
        this.em = em;
        this.ledger = ledger;
    }

    public CampaignResults results(Period period, String allocationsBase) {
        Map<String, CampaignReplica> known = new HashMap<>();
        for (CampaignReplica c : em.createQuery("from CampaignReplica", CampaignReplica.class).getResultList()) {
            known.put(c.campaignId, c);
        }
        // the campaign ids each attributed amount counts for: its appeal, and the appeal's (or its own) campaign
        Map<String, List<LedgerQueries.Attributed>> byTarget = new HashMap<>();
        for (LedgerQueries.Attributed a : ledger.attributed(period)) {
            Set<String> targets = new HashSet<>();
            if (a.appealId() != null) {
                targets.add(a.appealId());
                CampaignReplica appeal = known.get(a.appealId());
                if (appeal != null && appeal.parentCampaignId != null) {
                    targets.add(appeal.parentCampaignId);
                }
            }
            if (a.campaignId() != null) {
                targets.add(a.campaignId());
            }
            for (String target : targets) {
                byTarget.computeIfAbsent(target, k -> new ArrayList<>()).add(a);
            }
        }
        Map<String, BigDecimal> costs = costs(period, known);
        List<CampaignResult> items = new ArrayList<>();
        Set<String> ids = new HashSet<>(byTarget.keySet());
        for (CampaignReplica c : known.values()) {
            if (overlaps(c, period)) {
                ids.add(c.campaignId);
            }
        }
        for (String id : ids) {
            List<LedgerQueries.Attributed> rows = byTarget.getOrDefault(id, List.of());
            BigDecimal raised = rows.stream().map(LedgerQueries.Attributed::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
            Map<String, BigDecimal> perGift = new HashMap<>();
            Map<String, BigDecimal> perDonor = new HashMap<>();
            for (LedgerQueries.Attributed row : rows) {
                perGift.merge(row.giftId(), row.amount(), BigDecimal::add);
                perDonor.merge(row.donorId(), row.amount(), BigDecimal::add);
            }
            long gifts = perGift.values().stream().filter(v -> v.signum() > 0).count();
            long donors = perDonor.values().stream().filter(v -> v.signum() > 0).count();
            CampaignReplica c = known.get(id);
            BigDecimal goal = c == null ? null : c.goal;
            items.add(new CampaignResult(id, c == null ? null : c.code, c == null ? null : c.name,
                    c == null ? "UNKNOWN" : c.parentCampaignId == null ? "CAMPAIGN" : "APPEAL",
                    c == null ? null : c.parentCampaignId, c == null ? null : c.channel, goal, raised,
                    goal == null ? null : Shares.percent(raised, goal), gifts, donors,
                    costs.containsKey(id) && raised.signum() > 0 ? Shares.ratio(costs.get(id), raised) : null,
                    allocationsBase + "&campaignId=" + id));
        }
        items.sort(Comparator.comparing((CampaignResult r) -> r.code() == null ? "~" : r.code())
                .thenComparing(CampaignResult::campaignId));
        return new CampaignResults(period.year(), period.from(), period.to(), "EUR", items, COST_NOTE);
    }

    /**
     * Campaign costs dated in the period and not removed, per campaign id: an appeal's costs count for the appeal
     * and for its campaign.
     */
    private Map<String, BigDecimal> costs(Period period, Map<String, CampaignReplica> known) {
        List<Object[]> rows = em.createNativeQuery("select campaign_id, sum(amount) from campaign_cost "
                        + "where removed_at is null and cost_date between ?1 and ?2 group by campaign_id",
                        Object[].class)
                .setParameter(1, period.from()).setParameter(2, period.to()).getResultList();
        Map<String, BigDecimal> costs = new HashMap<>();
        for (Object[] row : rows) {
            String id = (String) row[0];
            BigDecimal amount = ((BigDecimal) row[1]).setScale(2);
            costs.merge(id, amount, BigDecimal::add);
            CampaignReplica appeal = known.get(id);
            if (appeal != null && appeal.parentCampaignId != null) {
                costs.merge(appeal.parentCampaignId, amount, BigDecimal::add);
            }
        }
        return costs;
    }

    private static boolean overlaps(CampaignReplica c, Period period) {
        boolean startsBeforeEnd = c.startDate == null || !c.startDate.isAfter(period.to());
        boolean endsAfterStart = c.endDate == null || !c.endDate.isBefore(period.from());
        return startsBeforeEnd && endsAfterStart;
    }
}
