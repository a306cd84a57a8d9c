package org.donorcrm.campaign.campaign;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.donorcrm.campaign.audit.AuditTrail;
import org.donorcrm.campaign.code.DuplicateCode;
import org.donorcrm.platform.http.InvalidInput;
import org.donorcrm.platform.http.NotFound;
import org.donorcrm.platform.http.RuleViolation;
import org.donorcrm.platform.idempotency.Idempotency;
import org.donorcrm.platform.idempotency.RepeatableWrite;
import org.donorcrm.platform.outbox.Outbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Campaigns, their appeals and their costs. Every change writes the row, its audit entry and its event
 * ({@code crm.campaign.defined.v1} with the full state, or a cost event) in one transaction.
 */
@ApplicationScoped
public class CampaignService {

    static final String CAMPAIGN = "CAMPAIGN";
    static final String COST = "COST";

    private final CampaignRepository campaigns;
    private final CostRepository costs;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Idempotency idempotency;

    public CampaignService(CampaignRepository campaigns, CostRepository costs, Outbox outbox, AuditTrail audit,
                           Idempotency idempotency) {
        this.campaigns = campaigns;
        this.costs = costs;
        this.outbox = outbox;
        this.audit = audit;
        this.idempotency = idempotency;
    }

    @Transactional
    public Campaign create(DefineCampaign command, String user, RepeatableWrite write) {
        if (command.channel() != null) {
            throw new InvalidInput("#/channel", "only an appeal has a channel; add it under its campaign");
        }
        return define(null, command, user, write);
    }

    @Transactional
    public Campaign createAppeal(String campaignId, DefineCampaign command, String user, RepeatableWrite write) {
        Campaign parent = get(campaignId);
        if (parent.isAppeal()) {
            throw new RuleViolation("#", "an appeal cannot have appeals of its own; add it under campaign "
                    + parent.parentCampaignId);
        }
        if (command.channel() == null) {
            throw new InvalidInput("#/channel", "must be given for an appeal");
        }
        return define(parent.id, command, user, write);
    }

    private Campaign define(String parentId, DefineCampaign command, String user, RepeatableWrite write) {
        checkDates(command);
        checkCodeFree(command.code(), null);
        Campaign campaign = new Campaign();
        campaign.id = UUID.randomUUID().toString();
        campaign.parentCampaignId = parentId;
        apply(campaign, command, user);
        if (campaign.owner == null) {
            campaign.owner = user;
        }
        campaigns.persist(campaign);
        idempotency.remember(write, campaign.id, user);
        published(campaign, "CREATED", user, null);
        return campaign;
    }

    /** Edits a campaign or an appeal; an appeal keeps its parent and must keep a channel. */
    @Transactional
    public Campaign update(String id, DefineCampaign command, String user) {
        Campaign campaign = get(id);
        if (campaign.isAppeal() && command.channel() == null) {
            throw new InvalidInput("#/channel", "must be given for an appeal");
        }
        if (!campaign.isAppeal() && command.channel() != null) {
            throw new InvalidInput("#/channel", "only an appeal has a channel");
        }
        checkDates(command);
        checkCodeFree(command.code(), id);
        CampaignDefined before = CampaignDefined.of(campaign);
        apply(campaign, command, user);
        published(campaign, "UPDATED", user, before);
        return campaign;
    }

    @Transactional
    public CampaignCost recordCost(String campaignId, RecordCost command, String user, RepeatableWrite write) {
        Campaign campaign = get(campaignId);
        CampaignCost cost = new CampaignCost();
        cost.id = UUID.randomUUID().toString();
        cost.campaignId = campaign.id;
        cost.category = command.category();
        cost.amount = command.amount().setScale(2);
        cost.currency = command.currency() == null ? "EUR" : command.currency();
        cost.costDate = command.costDate();
        cost.description = command.description();
        cost.recordedBy = user;
        cost.recordedAt = Instant.now();
        costs.persist(cost);
        idempotency.remember(write, cost.id, user);
        CampaignCostRecorded recorded = CampaignCostRecorded.of(cost);
        audit.record(COST, campaign.id, "COST_RECORDED", user, null, recorded);
        outbox.write(CampaignCostRecorded.TYPE, campaign.id, campaign.id, recorded);
        return cost;
    }

    /** Removes a cost booked in error. */
    @Transactional
    public void removeCost(String campaignId, String costId, String user) {
        CampaignCost cost = costs.findByIdOptional(costId)
                .filter(c -> c.campaignId.equals(campaignId))
                .orElseThrow(() -> new NotFound("no cost " + costId));
        costs.delete(cost);
        audit.record(COST, campaignId, "COST_REMOVED", user, CampaignCostRecorded.of(cost), null);
        outbox.write(CampaignCostRemoved.TYPE, campaignId, campaignId,
                new CampaignCostRemoved(cost.id, campaignId, cost.amount, cost.currency, Instant.now()));
    }

    public Campaign get(String id) {
        return campaigns.findByIdOptional(id).orElseThrow(() -> new NotFound("no campaign " + id));
    }

    public PanacheQuery<Campaign> campaigns(CampaignStatus status) {
        return campaigns.campaigns(status);
    }

    public List<Campaign> appealsOf(String campaignId) {
        return campaigns.appealsOf(get(campaignId).id);
    }

    public CampaignCost cost(String costId) {
        return costs.findByIdOptional(costId).orElseThrow(() -> new NotFound("no cost " + costId));
    }

    public List<CampaignCost> costsOf(String campaignId) {
        return costs.of(get(campaignId).id);
    }

    private void published(Campaign campaign, String action, String user, CampaignDefined before) {
        CampaignDefined after = CampaignDefined.of(campaign);
        audit.record(CAMPAIGN, campaign.id, action, user, before, after);
        outbox.write(CampaignDefined.TYPE, campaign.id, campaign.id, after);
    }

    private static void apply(Campaign campaign, DefineCampaign command, String user) {
        campaign.code = command.code();
        campaign.name = command.name().strip();
        campaign.goal = command.goal().setScale(2);
        campaign.currency = command.currency() == null ? "EUR" : command.currency();
        campaign.startDate = command.startDate();
        campaign.endDate = command.endDate();
        campaign.status = command.status() == null ? CampaignStatus.PLANNED : command.status();
        campaign.targetGroup = command.targetGroup();
        if (command.owner() != null) {
            campaign.owner = command.owner();
        }
        campaign.channel = command.channel();
        campaign.changedBy(user);
    }

    private static void checkDates(DefineCampaign command) {
        if (command.endDate().isBefore(command.startDate())) {
            throw new InvalidInput("#/endDate", "must not be before startDate");
        }
    }

    private void checkCodeFree(String code, String id) {
        if (campaigns.codeTakenByAnother(code, id)) {
            throw new DuplicateCode(code);
        }
    }
}
