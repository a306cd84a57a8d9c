package org.donorcrm.campaign.campaign;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class CampaignRepository implements PanacheRepositoryBase<Campaign, String> {

    public boolean codeTakenByAnother(String code, String id) {
        return count("code = ?1 and id <> ?2", code, id == null ? "" : id) > 0;
    }

    /** Top-level campaigns (not appeals), newest start first, optionally of one status. */
    public PanacheQuery<Campaign> campaigns(CampaignStatus status) {
        Sort order = Sort.descending("startDate").and("code");
        return status == null
                ? find("parentCampaignId is null", order)
                : find("parentCampaignId is null and status = :status", order, Parameters.with("status", status));
    }

    public List<Campaign> appealsOf(String campaignId) {
        return list("parentCampaignId", Sort.by("code"), campaignId);
    }
}
