package org.donorcrm.reporting.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.donorcrm.platform.consume.UnreadableEvent;

import java.time.Instant;
import java.util.Set;

/**
 * Keeps the donor, fund and campaign replicas and the donor aliases. Ordering across topics is not guaranteed,
 * so every handler is order-tolerant: states carry their event time and an older one never overwrites a newer
 * one; a merge re-keys the ledger rows already there and leaves an alias for gift events still to come.
 */
@ApplicationScoped
public class Replicas {

    static final Set<String> KINDS = Set.of("INDIVIDUAL", "COMPANY", "FOUNDATION", "GOVERNMENT", "EU_INSTITUTION",
            "LOTTERY", "AFFILIATED_NONPROFIT", "OTHER_NONPROFIT");
    static final Set<String> CATEGORIES = Set.of("INDIVIDUALS", "COMPANIES", "LOTTERY_ORGANISATIONS",
            "GOVERNMENT_GRANTS", "AFFILIATED_NONPROFITS", "OTHER_NONPROFITS");

    private final EntityManager entityManager;

    public Replicas(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void donor(ReplicaEvents.DonorState event) {
        if (event.donorId() == null || !KINDS.contains(event.kind()) || !CATEGORIES.contains(event.incomeCategory())
                || event.at() == null) {
            throw new UnreadableEvent("donor event misses its id, a known kind and category, or its time");
        }
        DonorReplica donor = entityManager.find(DonorReplica.class, event.donorId());
        if (donor == null) {
            donor = new DonorReplica();
            donor.donorId = event.donorId();
        } else if (donor.stateAt.isAfter(event.at())) {
            return;
        }
        donor.kind = event.kind();
        donor.incomeCategory = event.incomeCategory();
        donor.householdId = event.householdId();
        donor.postcodeArea = event.postcodeArea();
        donor.stateAt = event.at();
        entityManager.persist(donor);
    }

    void merged(ReplicaEvents.DonorsMerged event) {
        if (event.survivorId() == null || event.mergedId() == null || event.mergedAt() == null) {
            throw new UnreadableEvent("merge event misses an id or its time");
        }
        DonorAlias survivorAlias = entityManager.find(DonorAlias.class, event.survivorId());
        String survivor = survivorAlias == null ? event.survivorId() : survivorAlias.survivorId;
        if (survivor.equals(event.mergedId())) {
            return;
        }
        DonorAlias alias = entityManager.find(DonorAlias.class, event.mergedId());
        if (alias == null) {
            alias = new DonorAlias();
            alias.mergedId = event.mergedId();
        }
        alias.survivorId = survivor;
        alias.mergedAt = event.mergedAt();
        entityManager.persist(alias);
        entityManager.flush();
        // donors merged into the merged one earlier now live on the survivor as well
        entityManager.createQuery("update DonorAlias a set a.survivorId = :survivor where a.survivorId = :merged")
                .setParameter("survivor", survivor).setParameter("merged", event.mergedId()).executeUpdate();
        entityManager.createQuery("update IncomeMovement m set m.donorId = :survivor where m.donorId = :merged")
                .setParameter("survivor", survivor).setParameter("merged", event.mergedId()).executeUpdate();
        // the per-donor aggregate of the ledger (V6) is re-keyed like the ledger rows, in the same transaction
        entityManager.createNativeQuery("insert into income_donor_year (income_year, donor_id, earmark_class, amount, "
                        + "movements, gifts) select g.income_year, ?1, g.earmark_class, g.amount, g.movements, g.gifts "
                        + "from income_donor_year g where g.donor_id = ?2 order by g.income_year, g.earmark_class "
                        + "on duplicate key update amount = income_donor_year.amount + values(amount), "
                        + "movements = income_donor_year.movements + values(movements), "
                        + "gifts = income_donor_year.gifts + values(gifts)")
                .setParameter(1, survivor).setParameter(2, event.mergedId()).executeUpdate();
        entityManager.createNativeQuery("delete from income_donor_year where donor_id = ?1")
                .setParameter(1, event.mergedId()).executeUpdate();
        entityManager.createQuery("update DonorReplica d set d.survivorId = :survivor "
                        + "where d.donorId = :merged or d.survivorId = :merged")
                .setParameter("survivor", survivor).setParameter("merged", event.mergedId()).executeUpdate();
    }

    /** Erasure removes personal data in donor-service; here there is none, and the amounts must stay. */
    void erased(ReplicaEvents.DonorErased event) {
        if (event.donorId() == null) {
            throw new UnreadableEvent("erasure event misses the donor id");
        }
        DonorReplica donor = entityManager.find(DonorReplica.class, event.donorId());
        if (donor != null) {
            donor.erasedAt = event.erasedAt() == null ? Instant.now() : event.erasedAt();
            donor.postcodeArea = null;
        }
    }

    void fund(ReplicaEvents.FundDefined event) {
        if (event.fundId() == null || event.code() == null || event.definedAt() == null) {
            throw new UnreadableEvent("fund event misses its id, code or time");
        }
        FundReplica fund = entityManager.find(FundReplica.class, event.fundId());
        if (fund == null) {
            fund = new FundReplica();
            fund.fundId = event.fundId();
        } else if (fund.stateAt.isAfter(event.definedAt())) {
            return;
        }
        fund.code = event.code();
        fund.name = event.name() == null ? event.code() : event.name();
        fund.earmarkClass = event.earmarkClass() == null ? "UNEARMARKED" : event.earmarkClass();
        fund.activeFrom = event.activeFrom();
        fund.activeTo = event.activeTo();
        fund.funderDonorId = event.funderDonorId();
        fund.status = event.status() == null ? "ACTIVE" : event.status();
        fund.stateAt = event.definedAt();
        entityManager.persist(fund);
    }

    void campaign(ReplicaEvents.CampaignDefined event) {
        if (event.campaignId() == null || event.code() == null || event.definedAt() == null) {
            throw new UnreadableEvent("campaign event misses its id, code or time");
        }
        CampaignReplica campaign = entityManager.find(CampaignReplica.class, event.campaignId());
        if (campaign == null) {
            campaign = new CampaignReplica();
            campaign.campaignId = event.campaignId();
        } else if (campaign.stateAt.isAfter(event.definedAt())) {
            return;
        }
        campaign.code = event.code();
        campaign.name = event.name() == null ? event.code() : event.name();
        campaign.goal = event.goal();
        campaign.currency = event.currency();
        campaign.startDate = event.startDate();
        campaign.endDate = event.endDate();
        campaign.status = event.status() == null ? "ACTIVE" : event.status();
        campaign.parentCampaignId = event.parentCampaignId();
        campaign.channel = event.channel();
        campaign.stateAt = event.definedAt();
        entityManager.persist(campaign);
    }

    /** A campaign cost (native SQL: a plain fact table, no entity needed); a repeat or a late recording keeps the
     * removal. */
    void costRecorded(ReplicaEvents.CampaignCostRecorded event) {
        if (event.costId() == null || event.campaignId() == null || event.amount() == null
                || event.costDate() == null || event.amount().scale() > 2) {
            throw new UnreadableEvent("campaign cost event misses its id, campaign, amount or date");
        }
        int updated = entityManager.createNativeQuery("update campaign_cost set campaign_id = ?2, category = ?3, "
                        + "amount = ?4, cost_date = ?5 where cost_id = ?1")
                .setParameter(1, event.costId()).setParameter(2, event.campaignId())
                .setParameter(3, event.category()).setParameter(4, event.amount())
                .setParameter(5, event.costDate()).executeUpdate();
        if (updated == 0) {
            entityManager.createNativeQuery("insert into campaign_cost (cost_id, campaign_id, category, amount, "
                            + "cost_date) values (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, event.costId()).setParameter(2, event.campaignId())
                    .setParameter(3, event.category()).setParameter(4, event.amount())
                    .setParameter(5, event.costDate()).executeUpdate();
        }
    }

    /** A cost booked in error: it stops counting (recorded before or after this event). */
    void costRemoved(ReplicaEvents.CampaignCostRemoved event) {
        if (event.costId() == null || event.campaignId() == null || event.amount() == null
                || event.removedAt() == null) {
            throw new UnreadableEvent("campaign cost removal misses its id, campaign, amount or time");
        }
        int updated = entityManager.createNativeQuery("update campaign_cost set removed_at = ?2 where cost_id = ?1")
                .setParameter(1, event.costId()).setParameter(2, java.sql.Timestamp.from(event.removedAt()))
                .executeUpdate();
        if (updated == 0) {
            entityManager.createNativeQuery("insert into campaign_cost (cost_id, campaign_id, amount, removed_at) "
                            + "values (?1, ?2, ?3, ?4)")
                    .setParameter(1, event.costId()).setParameter(2, event.campaignId())
                    .setParameter(3, event.amount()).setParameter(4, java.sql.Timestamp.from(event.removedAt()))
                    .executeUpdate();
        }
    }
}
