package org.donorcrm.donor.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.donorcrm.donor.GiftFact;
import org.donorcrm.donor.RecurringMandate;
import org.donorcrm.donor.messaging.MandateSigned;
import org.donorcrm.donor.messaging.MandateStatusChanged;
import org.donorcrm.donor.messaging.GiftReallocated;
import org.donorcrm.donor.messaging.GiftRecorded;
import org.donorcrm.donor.messaging.GiftReversed;
import org.donorcrm.donor.messaging.ProcessedEvent;
import org.donorcrm.donor.messaging.UnreadableEvent;
import org.donorcrm.donor.repository.DonorRepository;
import org.donorcrm.donor.repository.GiftFactRepository;
import org.donorcrm.donor.repository.RecurringMandateRepository;

import java.time.Instant;

/**
 * Applies gift events to the donors' gift facts and mandates, each exactly once: the event id is recorded in the
 * same transaction as its effect, and an id seen before is skipped. A gift or mandate of a donor that was merged
 * counts for the survivor. A reallocation moves money between funds, not between donors: it changes no giving
 * summary, only the funds a thank-you task names. The other types on {@code crm.gifts} (grants, agreements,
 * collections) are marked processed and skipped, so a new type never lands in the dead-letter topic.
 */
@ApplicationScoped
public class GivingLedger {

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final GiftFactRepository facts;
    private final DonorRepository donors;
    private final RecurringMandateRepository mandates;

    public GivingLedger(EntityManager entityManager, ObjectMapper objectMapper, GiftFactRepository facts,
                        DonorRepository donors, RecurringMandateRepository mandates) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.facts = facts;
        this.donors = donors;
        this.mandates = mandates;
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
        if (GiftRecorded.TYPE.equals(type)) {
            recorded(eventId, read(data, GiftRecorded.class));
        } else if (GiftReversed.TYPE.equals(type)) {
            reversed(eventId, read(data, GiftReversed.class));
        } else if (GiftReallocated.TYPE.equals(type)) {
            reallocated(read(data, GiftReallocated.class));
        } else if (MandateSigned.TYPE.equals(type)) {
            signed(eventId, read(data, MandateSigned.class));
        } else if (MandateStatusChanged.TYPE.equals(type)) {
            statusChanged(eventId, read(data, MandateStatusChanged.class));
        }
        ProcessedEvent processed = new ProcessedEvent();
        processed.eventId = eventId;
        processed.eventType = type;
        processed.processedAt = Instant.now();
        entityManager.persist(processed);
        return true;
    }

    private void recorded(String eventId, GiftRecorded gift) {
        if (gift.giftId() == null || gift.donorId() == null || gift.incomeDate() == null || gift.amount() == null
                || gift.channel() == null) {
            throw new UnreadableEvent("gift event " + eventId + " misses required fields");
        }
        if (facts.findById(gift.giftId()) != null) {
            return; // the same gift announced again under another event id
        }
        GiftFact fact = new GiftFact();
        fact.giftId = gift.giftId();
        fact.originalDonorId = gift.donorId();
        fact.donorId = donors.survivorOf(gift.donorId());
        fact.amount = gift.amount();
        fact.incomeDate = gift.incomeDate();
        fact.channel = gift.channel();
        fact.funds = GiftRecorded.funds(gift.allocations());
        facts.persist(fact);
    }

    private void reallocated(GiftReallocated reallocation) {
        GiftFact fact = reallocation.giftId() == null ? null : facts.findById(reallocation.giftId());
        String funds = GiftRecorded.funds(reallocation.allocations());
        if (fact != null && funds != null) {
            fact.funds = funds;
        }
    }

    private void reversed(String eventId, GiftReversed reversal) {
        if (reversal.giftId() == null || reversal.donorId() == null || reversal.reversalDate() == null
                || reversal.amount() == null || reversal.incomeDate() == null) {
            throw new UnreadableEvent("reversal event " + eventId + " misses required fields");
        }
        GiftFact fact = facts.findById(reversal.giftId());
        if (fact == null) {
            // The recording may still be on its way on another partition (the donor was re-keyed by a merge
            // in between): the reversal carries enough to stand for it, and the late recording is then skipped.
            fact = new GiftFact();
            fact.giftId = reversal.giftId();
            fact.originalDonorId = reversal.donorId();
            fact.donorId = donors.survivorOf(reversal.donorId());
            fact.amount = reversal.amount();
            fact.incomeDate = reversal.incomeDate();
            fact.channel = "UNKNOWN";
            facts.persist(fact);
        }
        fact.reversed = true;
        fact.reversalDate = reversal.reversalDate();
    }

    private void signed(String eventId, MandateSigned signed) {
        if (signed.mandateId() == null || signed.donorId() == null) {
            throw new UnreadableEvent("mandate event " + eventId + " misses required fields");
        }
        RecurringMandate mandate = mandate(signed.mandateId(), signed.donorId());
        mandate.status = "ACTIVE";
        mandate.endDate = signed.endDate();
    }

    private void statusChanged(String eventId, MandateStatusChanged changed) {
        if (changed.mandateId() == null || changed.donorId() == null || changed.status() == null) {
            throw new UnreadableEvent("mandate event " + eventId + " misses required fields");
        }
        mandate(changed.mandateId(), changed.donorId()).status = changed.status();
    }

    private RecurringMandate mandate(String mandateId, String donorId) {
        RecurringMandate mandate = mandates.findById(mandateId);
        if (mandate == null) {
            mandate = new RecurringMandate();
            mandate.mandateId = mandateId;
            mandate.originalDonorId = donorId;
            mandate.donorId = donors.survivorOf(donorId);
            mandate.status = "ACTIVE";
            mandates.persist(mandate);
        }
        return mandate;
    }

    private <T> T read(String data, Class<T> type) {
        try {
            return objectMapper.readValue(data, type);
        } catch (JsonProcessingException e) {
            throw new UnreadableEvent("event data is not a " + type.getSimpleName(), e);
        }
    }
}
