package org.donorcrm.gift.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.donorcrm.gift.Channel;
import org.donorcrm.gift.EarmarkClass;
import org.donorcrm.gift.Gift;
import org.donorcrm.gift.GiftAllocation;
import org.donorcrm.gift.event.GiftRecorded;
import org.donorcrm.gift.event.Outbox;
import org.donorcrm.gift.repository.GiftRepository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Records gifts. The gift, its allocations and its {@code crm.gift.recorded.v1} event are written in one
 * transaction; an Idempotency-Key makes a repeated submit return the gift recorded the first time.
 */
@ApplicationScoped
public class GiftService {

    private final GiftRepository gifts;
    private final Outbox outbox;

    public GiftService(GiftRepository gifts, Outbox outbox) {
        this.gifts = gifts;
        this.outbox = outbox;
    }

    /** The gift recorded earlier under this key, if any; a different request under the same key is refused. */
    @Transactional
    public Optional<Gift> previouslyRecorded(String idempotencyKey, String requestHash) {
        if (idempotencyKey == null) {
            return Optional.empty();
        }
        Optional<Gift> earlier = gifts.findByIdempotencyKey(idempotencyKey);
        earlier.ifPresent(gift -> {
            if (!gift.requestHash.equals(requestHash)) {
                throw new IdempotencyConflict(idempotencyKey);
            }
        });
        return earlier;
    }

    @Transactional
    public Gift record(RecordGift command, String user, String idempotencyKey, String requestHash) {
        List<RecordGift.Line> lines = command.allocations() == null || command.allocations().isEmpty()
                ? List.of(new RecordGift.Line(EarmarkClass.UNEARMARKED, null, command.amount()))
                : command.allocations();
        checkSplit(command.amount(), lines);

        Gift gift = new Gift();
        gift.id = UUID.randomUUID().toString();
        gift.donorId = command.donorId();
        gift.amount = command.amount();
        gift.currency = command.currency() == null ? "EUR" : command.currency();
        gift.incomeDate = command.incomeDate();
        gift.receivedDate = command.receivedDate() == null ? command.incomeDate() : command.receivedDate();
        gift.channel = command.channel() == null ? Channel.BANK_TRANSFER : command.channel();
        gift.idempotencyKey = idempotencyKey;
        gift.requestHash = requestHash;
        gift.recordedBy = user;
        gift.recordedAt = Instant.now();
        lines.forEach(line -> gift.addAllocation(line.earmarkClass(), line.fundCode(), line.amount()));
        gifts.persist(gift);

        outbox.write(GiftRecorded.TYPE, gift.id, gift.donorId, recorded(gift));
        return gift;
    }

    public Optional<Gift> find(String id) {
        return gifts.findByIdOptional(id);
    }

    private static void checkSplit(BigDecimal amount, List<RecordGift.Line> lines) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            RecordGift.Line line = lines.get(i);
            if (line.amount().signum() <= 0) {
                throw new GiftRuleViolation("#/allocations/" + i + "/amount", "must be greater than zero");
            }
            sum = sum.add(line.amount());
        }
        if (sum.compareTo(amount) != 0) {
            throw new GiftRuleViolation("#/allocations",
                    "allocations add up to " + sum.toPlainString() + ", the gift is " + amount.toPlainString());
        }
    }

    private static GiftRecorded recorded(Gift gift) {
        List<GiftRecorded.Allocation> allocations = gift.allocations.stream()
                .map(GiftService::allocation)
                .toList();
        return new GiftRecorded(gift.id, gift.donorId, gift.amount, gift.currency, gift.incomeDate,
                gift.receivedDate, gift.channel.name(), allocations, gift.recordedAt);
    }

    private static GiftRecorded.Allocation allocation(GiftAllocation a) {
        return new GiftRecorded.Allocation(a.lineNo, a.earmarkClass.name(), a.fundCode, a.amount);
    }
}
