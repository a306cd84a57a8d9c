package org.donorcrm.campaign.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.donorcrm.campaign.DonorAlias;
import org.donorcrm.campaign.GiftMovement;
import org.donorcrm.campaign.messaging.GiftEvents;
import org.donorcrm.campaign.messaging.ProcessedEvent;
import org.donorcrm.campaign.messaging.UnreadableEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Applies gift and donor events to the campaign results read model, each exactly once: the event id is
 * recorded in the same transaction as the movements it adds, and an id seen before is skipped.
 * <p>
 * A recorded gift moves its amount into its campaign or appeal, a reversal moves it out again, a reallocation
 * moves it from the previous campaign or appeal to the new one. A donor merge re-keys the merged donor's
 * movements to the survivor and remembers the alias for events still on their way.
 */
@ApplicationScoped
public class GiftLedger {

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;

    public GiftLedger(EntityManager entityManager, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
    }

    /** @return false when the event had been applied before and nothing changed */
    @Transactional
    public boolean apply(String eventId, String type, String data) {
        if (eventId == null || eventId.isBlank()) {
            throw new UnreadableEvent("event without id");
        }
        if (entityManager.find(ProcessedEvent.class, eventId) != null) {
            return false;
        }
        switch (type == null ? "" : type) {
            case GiftEvents.GIFT_RECORDED -> recorded(eventId, read(data, GiftEvents.GiftRecorded.class));
            case GiftEvents.GIFT_REVERSED -> reversed(eventId, read(data, GiftEvents.GiftReversed.class));
            case GiftEvents.GIFT_REALLOCATED -> reallocated(eventId, read(data, GiftEvents.GiftReallocated.class));
            case GiftEvents.DONORS_MERGED -> merged(read(data, GiftEvents.DonorsMerged.class));
            default -> {
                // other types on these topics do not change campaign results; marked processed all the same
            }
        }
        ProcessedEvent processed = new ProcessedEvent();
        processed.eventId = eventId;
        processed.eventType = type;
        processed.processedAt = Instant.now();
        entityManager.persist(processed);
        return true;
    }

    private void recorded(String eventId, GiftEvents.GiftRecorded gift) {
        GiftMovement in = movement(eventId, 1, GiftMovement.Kind.RECORDED, gift.giftId(), gift.donorId(),
                gift.incomeDate(), gift.campaignId(), gift.appealId(), positive(gift.amount(), eventId));
        in.giftRecordedAt = gift.recordedAt();
        entityManager.persist(in);
    }

    private void reversed(String eventId, GiftEvents.GiftReversed gift) {
        entityManager.persist(movement(eventId, 1, GiftMovement.Kind.REVERSED, gift.giftId(), gift.donorId(),
                gift.incomeDate(), gift.campaignId(), gift.appealId(), positive(gift.amount(), eventId).negate()));
    }

    private void reallocated(String eventId, GiftEvents.GiftReallocated gift) {
        BigDecimal amount = positive(gift.amount(), eventId);
        if (Objects.equals(gift.previousCampaignId(), gift.campaignId())
                && Objects.equals(gift.previousAppealId(), gift.appealId())) {
            return; // only re-earmarked: the gift stays in the same campaign and appeal
        }
        entityManager.persist(movement(eventId, 1, GiftMovement.Kind.REALLOCATED, gift.giftId(), gift.donorId(),
                gift.incomeDate(), gift.previousCampaignId(), gift.previousAppealId(), amount.negate()));
        entityManager.persist(movement(eventId, 2, GiftMovement.Kind.REALLOCATED, gift.giftId(), gift.donorId(),
                gift.incomeDate(), gift.campaignId(), gift.appealId(), amount));
    }

    private void merged(GiftEvents.DonorsMerged merge) {
        String mergedId = require(merge.mergedId(), "mergedId");
        String survivorId = survivorOf(require(merge.survivorId(), "survivorId"));
        if (mergedId.equals(survivorId)) {
            throw new UnreadableEvent("a donor cannot be merged into itself");
        }
        DonorAlias alias = entityManager.find(DonorAlias.class, mergedId);
        if (alias == null) {
            alias = new DonorAlias();
            alias.mergedId = mergedId;
        }
        alias.survivorId = survivorId;
        alias.mergedAt = merge.mergedAt() == null ? Instant.now() : merge.mergedAt();
        entityManager.persist(alias);
        // donors merged into the merged one earlier now point straight at the survivor
        entityManager.createQuery("update DonorAlias a set a.survivorId = :survivor where a.survivorId = :merged")
                .setParameter("survivor", survivorId)
                .setParameter("merged", mergedId)
                .executeUpdate();
        entityManager.createQuery("update GiftMovement m set m.donorId = :survivor where m.donorId = :merged")
                .setParameter("survivor", survivorId)
                .setParameter("merged", mergedId)
                .executeUpdate();
    }

    private GiftMovement movement(String eventId, int line, GiftMovement.Kind kind, String giftId, String donorId,
                                  LocalDate incomeDate, String campaignId, String appealId, BigDecimal amount) {
        GiftMovement movement = new GiftMovement();
        movement.eventId = eventId;
        movement.lineNo = line;
        movement.movement = kind;
        movement.giftId = require(giftId, "giftId");
        movement.donorId = survivorOf(require(donorId, "donorId"));
        if (incomeDate == null) {
            throw new UnreadableEvent("event misses incomeDate");
        }
        movement.incomeDate = incomeDate;
        movement.campaignId = campaignId;
        movement.appealId = appealId;
        movement.attributedTo = appealId != null ? appealId : campaignId;
        movement.amount = amount;
        return movement;
    }

    /** The donor a gift counts for: the survivor if the donor was merged away, else the donor itself. */
    private String survivorOf(String donorId) {
        DonorAlias alias = entityManager.find(DonorAlias.class, donorId);
        return alias == null ? donorId : alias.survivorId;
    }

    private static BigDecimal positive(BigDecimal amount, String eventId) {
        if (amount == null || amount.signum() <= 0 || amount.scale() > 2) {
            throw new UnreadableEvent("event " + eventId + " has no positive amount in cents");
        }
        return amount.setScale(2);
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
