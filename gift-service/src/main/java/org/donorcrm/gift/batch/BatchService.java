package org.donorcrm.gift.batch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.donorcrm.gift.gift.Gift;
import org.donorcrm.gift.gift.GiftService;
import org.donorcrm.gift.gift.RecordGift;
import org.donorcrm.platform.http.RuleViolation;
import org.donorcrm.platform.idempotency.Idempotency;
import org.donorcrm.platform.idempotency.RepeatableWrite;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Posts batches of gifts: all of a batch's gifts or none, each recorded through {@link GiftService} in the batch's
 * transaction.
 */
@ApplicationScoped
public class BatchService {

    /** The operation a batch is posted under an Idempotency-Key as (idempotent_request.operation). */
    public static final String POST = "batch.post";

    private final GiftService gifts;
    private final Idempotency idempotency;
    private final EntityManager entityManager;

    public BatchService(GiftService gifts, Idempotency idempotency, EntityManager entityManager) {
        this.gifts = gifts;
        this.idempotency = idempotency;
        this.entityManager = entityManager;
    }

    /**
     * Posts a batch: all its gifts or none. The control count and control total must match the gifts, to the
     * cent, before anything is recorded. The batch's Idempotency-Key (if any) is remembered in its transaction.
     */
    @Transactional
    public GiftBatch post(int controlCount, BigDecimal controlTotal, List<RecordGift> entries, String user,
                          RepeatableWrite write) {
        if (entries.size() != controlCount) {
            throw new RuleViolation("#/controlCount", "the batch has " + entries.size()
                    + " gifts, the control count is " + controlCount, "batchCount", entries.size(), controlCount);
        }
        BigDecimal total = entries.stream().map(RecordGift::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(controlTotal) != 0) {
            throw new RuleViolation("#/controlTotal", "the gifts add up to " + total.toPlainString()
                    + ", the control total is " + controlTotal.toPlainString(), "batchTotal", total, controlTotal);
        }
        GiftBatch batch = new GiftBatch();
        batch.id = UUID.randomUUID().toString();
        batch.controlCount = controlCount;
        batch.controlTotal = controlTotal;
        batch.postedBy = user;
        batch.postedAt = Instant.now();
        entityManager.persist(batch);
        for (int i = 0; i < entries.size(); i++) {
            gifts.recordInBatch(entries.get(i), user, batch.id, "#/gifts/" + i);
        }
        idempotency.remember(write, batch.id, user);
        return batch;
    }

    public Optional<GiftBatch> find(String id) {
        return Optional.ofNullable(entityManager.find(GiftBatch.class, id));
    }

    public List<GiftBatch> latest(int size) {
        return entityManager.createQuery("from GiftBatch b order by b.postedAt desc, b.id", GiftBatch.class)
                .setMaxResults(size).getResultList();
    }

    /** The batch's gifts, in the order they were entered. */
    public List<Gift> gifts(String batchId) {
        return gifts.giftsOfBatch(batchId);
    }
}
