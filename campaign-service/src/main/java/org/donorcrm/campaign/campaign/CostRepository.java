package org.donorcrm.campaign.campaign;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class CostRepository implements PanacheRepositoryBase<CampaignCost, String> {

    public List<CampaignCost> of(String campaignId) {
        return list("campaignId", Sort.by("costDate").and("recordedAt"), campaignId);
    }

    /** The total cost of each of the given campaigns and appeals that has costs. */
    public Map<String, BigDecimal> totals(Collection<String> campaignIds) {
        Map<String, BigDecimal> totals = new HashMap<>();
        getEntityManager()
                .createQuery("select c.campaignId, sum(c.amount) from CampaignCost c where c.campaignId in :ids "
                        + "group by c.campaignId", Object[].class)
                .setParameter("ids", campaignIds)
                .getResultList()
                .forEach(row -> totals.put((String) row[0], (BigDecimal) row[1]));
        return totals;
    }
}
