package org.donorcrm.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.donorcrm.reporting.DonorAlias;
import org.donorcrm.reporting.EarmarkClass;
import org.donorcrm.reporting.IncomeMovement;
import org.donorcrm.reporting.messaging.GiftReallocated;
import org.donorcrm.reporting.messaging.GiftRecorded;
import org.donorcrm.reporting.messaging.GiftReversed;
import org.donorcrm.reporting.messaging.UnreadableEvent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Turns gift events into rows of the append-only income ledger: a recorded gift adds + rows on its income date,
 * a reversal − rows on the reversal date, a re-earmarking − previous and + new rows on the original income date.
 * Every figure is a sum over these rows. Called by {@link ReadModel} inside its transaction; each handler checks
 * the whole event before writing a row.
 */
@ApplicationScoped
public class IncomeLedger {

    private final EntityManager entityManager;

    public IncomeLedger(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void recorded(String eventId, GiftRecorded gift) {
        require(eventId, gift.giftId(), gift.donorId(), gift.incomeDate(), gift.amount());
        check(eventId, gift.allocations(), gift.amount());
        String donorId = survivorOf(gift.donorId());
        write(eventId, IncomeMovement.Kind.RECORDED, gift.giftId(), donorId, gift.incomeDate(), gift.allocations(),
                BigDecimal.ONE, gift.campaignId(), gift.appealId());
    }

    void reversed(String eventId, GiftReversed reversal) {
        require(eventId, reversal.giftId(), reversal.donorId(), reversal.reversalDate(), reversal.amount());
        check(eventId, reversal.allocations(), reversal.amount());
        String donorId = survivorOf(reversal.donorId());
        write(eventId, IncomeMovement.Kind.REVERSED, reversal.giftId(), donorId, reversal.reversalDate(),
                reversal.allocations(), BigDecimal.ONE.negate(), reversal.campaignId(), reversal.appealId());
    }

    void reallocated(String eventId, GiftReallocated change) {
        require(eventId, change.giftId(), change.donorId(), change.incomeDate(), change.amount());
        check(eventId, change.previousAllocations(), change.amount());
        check(eventId, change.allocations(), change.amount());
        String donorId = survivorOf(change.donorId());
        write(eventId, IncomeMovement.Kind.REALLOCATED_OUT, change.giftId(), donorId, change.incomeDate(),
                change.previousAllocations(), BigDecimal.ONE.negate(), change.previousCampaignId(),
                change.previousAppealId());
        write(eventId, IncomeMovement.Kind.REALLOCATED_IN, change.giftId(), donorId, change.incomeDate(),
                change.allocations(), BigDecimal.ONE, change.campaignId(), change.appealId());
    }

    /** The donor id a gift event's donor now lives under: itself, or the survivor of a merge seen before. */
    private String survivorOf(String donorId) {
        DonorAlias alias = entityManager.find(DonorAlias.class, donorId);
        return alias == null ? donorId : alias.survivorId;
    }

    private void write(String eventId, IncomeMovement.Kind kind, String giftId, String donorId, LocalDate date,
                       List<GiftRecorded.Allocation> allocations, BigDecimal sign, String campaignId,
                       String appealId) {
        for (GiftRecorded.Allocation allocation : allocations) {
            IncomeMovement row = new IncomeMovement();
            row.eventId = eventId;
            row.movement = kind;
            row.giftId = giftId;
            row.donorId = donorId;
            row.lineNo = allocation.line();
            row.incomeDate = date;
            row.earmarkClass = EarmarkClass.valueOf(allocation.earmarkClass());
            row.fundCode = allocation.fundCode();
            row.amount = allocation.amount().multiply(sign).setScale(2);
            row.campaignId = campaignId;
            row.appealId = appealId;
            entityManager.persist(row);
        }
    }

    private static void require(String eventId, Object... fields) {
        for (Object field : fields) {
            if (field == null) {
                throw new UnreadableEvent("gift event " + eventId + " misses required fields");
            }
        }
    }

    private static void check(String eventId, List<GiftRecorded.Allocation> allocations, BigDecimal amount) {
        if (allocations == null || allocations.isEmpty()) {
            throw new UnreadableEvent("gift event " + eventId + " has no allocations");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (GiftRecorded.Allocation allocation : allocations) {
            if (allocation == null || allocation.amount() == null || allocation.amount().scale() > 2) {
                throw new UnreadableEvent("gift event " + eventId + " has an allocation without a cent amount");
            }
            earmarkClass(allocation.earmarkClass());
            sum = sum.add(allocation.amount());
        }
        if (sum.compareTo(amount) != 0) {
            throw new UnreadableEvent("allocations of gift event " + eventId + " do not add up to its amount");
        }
    }

    private static EarmarkClass earmarkClass(String value) {
        try {
            return EarmarkClass.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UnreadableEvent("unknown earmark class " + value);
        }
    }
}
