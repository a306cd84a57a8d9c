package org.donorcrm.gift.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.donorcrm.gift.EarmarkClass;
import org.donorcrm.gift.messaging.ProcessedEvent;
import org.donorcrm.gift.messaging.ReplicaEvents;
import org.donorcrm.gift.messaging.UnreadableEvent;
import org.donorcrm.gift.replica.CampaignReplica;
import org.donorcrm.gift.replica.DonorReplica;
import org.donorcrm.gift.replica.FundReplica;

import java.time.Instant;

/**
 * Applies donor, fund and campaign events to the local replicas, each exactly once. A merge also moves the
 * merged donor's gifts to the survivor, so the donor's history and totals stay whole under one id.
 */
@ApplicationScoped
public class ReplicaService {

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;

    public ReplicaService(EntityManager entityManager, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
    }

    @Transactional
    public boolean apply(String eventId, String type, String data) {
        if (eventId == null || eventId.isBlank()) {
            throw new UnreadableEvent("event without id");
        }
        if (entityManager.find(ProcessedEvent.class, eventId) != null) {
            return false;
        }
        switch (type == null ? "" : type) {
            case ReplicaEvents.DONOR_REGISTERED, ReplicaEvents.DONOR_UPDATED ->
                    donor(read(data, ReplicaEvents.DonorState.class));
            case ReplicaEvents.DONORS_MERGED -> merged(read(data, ReplicaEvents.DonorsMerged.class));
            case ReplicaEvents.DONOR_ERASED -> erased(read(data, ReplicaEvents.DonorErased.class));
            case ReplicaEvents.FUND_DEFINED -> fund(read(data, ReplicaEvents.FundDefined.class));
            case ReplicaEvents.CAMPAIGN_DEFINED -> campaign(read(data, ReplicaEvents.CampaignDefined.class));
            default -> {
                // other event types on these topics are not needed here
            }
        }
        ProcessedEvent processed = new ProcessedEvent();
        processed.eventId = eventId;
        processed.eventType = type;
        processed.processedAt = Instant.now();
        entityManager.persist(processed);
        return true;
    }

    private void donor(ReplicaEvents.DonorState event) {
        require(event.donorId(), "donorId");
        DonorReplica donor = donorOrNew(event.donorId());
        donor.kind = require(event.kind(), "kind");
        donor.incomeCategory = require(event.incomeCategory(), "incomeCategory");
        if (donor.status == null) {
            donor.status = DonorReplica.ACTIVE;
        }
        donor.updatedAt = Instant.now();
        entityManager.persist(donor);
    }

    private void merged(ReplicaEvents.DonorsMerged event) {
        String survivorId = require(event.survivorId(), "survivorId");
        String mergedId = require(event.mergedId(), "mergedId");
        DonorReplica merged = donorOrNew(mergedId);
        merged.status = DonorReplica.MERGED;
        merged.survivorId = survivorId;
        if (merged.kind == null) {
            merged.kind = "UNKNOWN";
            merged.incomeCategory = "UNKNOWN";
        }
        merged.updatedAt = Instant.now();
        entityManager.persist(merged);
        entityManager.createQuery("update Gift g set g.donorId = :survivor where g.donorId = :merged")
                .setParameter("survivor", survivorId)
                .setParameter("merged", mergedId)
                .executeUpdate();
        // mandates, periodic-gift agreements, grants and bank lines follow the donor's history to the survivor
        for (String entity : new String[] {"Mandate", "PeriodicGiftAgreement", "Grant", "BankEntry",
                "KnownAccount"}) {
            entityManager.createQuery("update " + entity + " e set e.donorId = :survivor where e.donorId = :merged")
                    .setParameter("survivor", survivorId)
                    .setParameter("merged", mergedId)
                    .executeUpdate();
        }
        // donors merged into the merged one earlier now point straight at the survivor
        entityManager.createQuery("update DonorReplica d set d.survivorId = :survivor where d.survivorId = :merged")
                .setParameter("survivor", survivorId)
                .setParameter("merged", mergedId)
                .executeUpdate();
    }

    private void erased(ReplicaEvents.DonorErased event) {
        DonorReplica donor = entityManager.find(DonorReplica.class, require(event.donorId(), "donorId"));
        if (donor != null) {
            donor.status = DonorReplica.ERASED;
            donor.updatedAt = Instant.now();
        }
        // the debtor's name and IBAN on mandates are the personal data gift-service holds: blanked, and the
        // mandate can no longer be collected; amounts and references stay countable under the same id
        entityManager.createQuery("update Mandate m set m.debtorName = null, m.debtorIban = null, m.debtorBic = null, "
                        // MySQL assigns left to right: the reason must be set while the status is still the old one
                        + "m.statusReason = case when m.status = :active then 'donor erased' else m.statusReason end, "
                        + "m.status = case when m.status = :active then :cancelled else m.status end "
                        + "where m.donorId = :donor")
                .setParameter("active", org.donorcrm.gift.sepa.MandateStatus.ACTIVE)
                .setParameter("cancelled", org.donorcrm.gift.sepa.MandateStatus.CANCELLED)
                .setParameter("donor", event.donorId())
                .executeUpdate();
        // so are the counterparty details of the donor's bank lines and the accounts finance confirmed as theirs
        entityManager.createQuery("update BankEntry e set e.counterpartyName = null, e.counterpartyIban = null, "
                        + "e.remittance = null where e.donorId = :donor")
                .setParameter("donor", event.donorId())
                .executeUpdate();
        entityManager.createQuery("delete from KnownAccount k where k.donorId = :donor")
                .setParameter("donor", event.donorId())
                .executeUpdate();
    }

    private void fund(ReplicaEvents.FundDefined event) {
        String fundId = require(event.fundId(), "fundId");
        FundReplica fund = entityManager.find(FundReplica.class, fundId);
        if (fund == null) {
            fund = new FundReplica();
            fund.fundId = fundId;
        }
        fund.code = require(event.code(), "code");
        try {
            fund.earmarkClass = EarmarkClass.valueOf(require(event.earmarkClass(), "earmarkClass"));
        } catch (IllegalArgumentException e) {
            throw new UnreadableEvent("unknown earmark class " + event.earmarkClass());
        }
        fund.activeFrom = event.activeFrom();
        fund.activeTo = event.activeTo();
        fund.status = event.status() == null ? "ACTIVE" : event.status();
        fund.updatedAt = Instant.now();
        entityManager.persist(fund);
    }

    private void campaign(ReplicaEvents.CampaignDefined event) {
        String campaignId = require(event.campaignId(), "campaignId");
        CampaignReplica campaign = entityManager.find(CampaignReplica.class, campaignId);
        if (campaign == null) {
            campaign = new CampaignReplica();
            campaign.campaignId = campaignId;
        }
        campaign.code = event.code();
        campaign.parentCampaignId = event.parentCampaignId();
        campaign.status = event.status() == null ? "ACTIVE" : event.status();
        campaign.updatedAt = Instant.now();
        entityManager.persist(campaign);
    }

    private DonorReplica donorOrNew(String donorId) {
        DonorReplica donor = entityManager.find(DonorReplica.class, donorId);
        if (donor == null) {
            donor = new DonorReplica();
            donor.donorId = donorId;
        }
        return donor;
    }

    private static String require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new UnreadableEvent("event misses " + field);
        }
        return value;
    }

    private <T> T read(String data, Class<T> type) {
        try {
            return objectMapper.readValue(data, type);
        } catch (JsonProcessingException e) {
            throw new UnreadableEvent("event data is not a " + type.getSimpleName(), e);
        }
    }
}
