package org.donorcrm.gift.replica;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;

/** The campaigns and appeals a gift may be attributed to now: those not closed, by code. */
@ApplicationScoped
public class OpenCampaigns {

    private final EntityManager entityManager;

    public OpenCampaigns(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<CampaignReplica> list() {
        return entityManager.createQuery("from CampaignReplica c where c.status <> 'CLOSED' order by c.code",
                CampaignReplica.class).getResultList();
    }

    /** The code of a campaign or appeal, or null when it is not known here. */
    public String code(String campaignId) {
        CampaignReplica campaign = entityManager.find(CampaignReplica.class, campaignId);
        return campaign == null ? null : campaign.code;
    }
}
