package org.donorcrm.donor.donate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.donorcrm.platform.consume.BatchResult;
import org.donorcrm.platform.consume.Envelope;
import org.donorcrm.platform.consume.EventApplier;
import org.donorcrm.platform.consume.ProcessedEvents;
import org.donorcrm.platform.consume.UnreadableEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The donation page's replica of the campaigns and appeals ({@code crm.campaign.defined.v1}, upserted by id, each
 * event once); every other type on {@code crm.campaigns} (funds, costs) is marked processed and changes nothing.
 */
@ApplicationScoped
public class CampaignReplicas implements EventApplier {

    static final String CAMPAIGN_DEFINED = "crm.campaign.defined.v1";

    /** The fields of {@code crm.campaign.defined.v1} the page needs. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CampaignDefined(String campaignId, String code, String name, String status, String parentCampaignId) {
    }

    private final EntityManager entityManager;
    private final ProcessedEvents processed;
    private final ObjectMapper json;

    public CampaignReplicas(EntityManager entityManager, ProcessedEvents processed, ObjectMapper json) {
        this.entityManager = entityManager;
        this.processed = processed;
        this.json = json;
    }

    @Override
    @Transactional
    public boolean apply(String eventId, String type, String data) {
        if (processed.seen(eventId)) {
            return false;
        }
        upsert(type, data);
        processed.record(eventId, type);
        return true;
    }

    @Override
    @Transactional
    public BatchResult applyBatch(List<Envelope> events) {
        Set<String> seen = new HashSet<>(processed.among(events.stream().map(Envelope::id).toList()));
        List<Envelope> applied = new ArrayList<>();
        for (Envelope event : events) {
            if (seen.add(event.id())) {
                upsert(event.type(), event.data());
                applied.add(event);
            }
        }
        processed.recordAll(applied);
        return new BatchResult(applied.size(), events.size() - applied.size());
    }

    private void upsert(String type, String data) {
        if (!CAMPAIGN_DEFINED.equals(type)) {
            return;
        }
        CampaignDefined event;
        try {
            event = json.readValue(data, CampaignDefined.class);
        } catch (JsonProcessingException e) {
            throw new UnreadableEvent("unreadable " + type, e);
        }
        if (event.campaignId() == null || event.code() == null || event.name() == null) {
            throw new UnreadableEvent(type + " without campaignId, code or name");
        }
        DonateCampaign campaign = entityManager.find(DonateCampaign.class, event.campaignId());
        boolean known = campaign != null;
        if (!known) {
            campaign = new DonateCampaign();
            campaign.campaignId = event.campaignId();
        }
        campaign.code = event.code();
        campaign.name = event.name();
        campaign.parentCampaignId = event.parentCampaignId();
        campaign.status = event.status() == null ? "ACTIVE" : event.status();
        campaign.updatedAt = Instant.now();
        if (!known) {
            entityManager.persist(campaign);
        }
    }

    /** The open campaign (not an appeal) with this code. */
    @Transactional
    public Optional<DonateCampaign> campaign(String code) {
        return entityManager.createQuery("from DonateCampaign c where c.code = :code and c.parentCampaignId is null",
                        DonateCampaign.class)
                .setParameter("code", code).getResultList().stream().filter(DonateCampaign::open).findFirst();
    }

    /** The open appeal of this campaign with this code. */
    @Transactional
    public Optional<DonateCampaign> appeal(DonateCampaign campaign, String code) {
        return entityManager.createQuery("from DonateCampaign c where c.code = :code and c.parentCampaignId = :parent",
                        DonateCampaign.class)
                .setParameter("code", code).setParameter("parent", campaign.campaignId)
                .getResultList().stream().filter(DonateCampaign::open).findFirst();
    }
}
