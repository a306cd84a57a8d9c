package org.donorcrm.gift.sepa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.donorcrm.gift.audit.AuditTrail;
import org.donorcrm.gift.gift.Channel;
import org.donorcrm.gift.gift.Gift;
import org.donorcrm.gift.gift.GiftService;
import org.donorcrm.gift.gift.RecordGift;
import org.donorcrm.gift.gift.ReversalReason;
import org.donorcrm.platform.http.Conflict;
import org.donorcrm.platform.http.RuleViolation;
import org.donorcrm.platform.outbox.Outbox;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Collection runs and returns. A run for a due date creates one collection per due mandate — never a second one
 * for the same mandate and date, however often it is repeated (unique key mandate + due date) — records each
 * collection's gift (channel SEPA_DIRECT_DEBIT, income date = due date) through {@link GiftService}, and is
 * downloadable as pain.008.001.02. A return reverses the gift and counts toward stopping the mandate.
 */
@ApplicationScoped
public class CollectionService {

    static final String AUDIT_TYPE = "COLLECTION_RUN";
    /** Return reasons after which the mandate cannot be used again: wrong, closed or blocked account, no mandate, deceased. */
    static final Set<String> FINAL_REASONS = Set.of("AC01", "AC04", "AC06", "AG01", "MD01", "MD07");
    private static final DateTimeFormatter MESSAGE_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final EntityManager entityManager;
    private final GiftService gifts;
    private final MandateService mandates;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final SepaConfig config;

    public CollectionService(EntityManager entityManager, GiftService gifts, MandateService mandates, Outbox outbox,
                             AuditTrail audit, SepaConfig config) {
        this.entityManager = entityManager;
        this.gifts = gifts;
        this.mandates = mandates;
        this.outbox = outbox;
        this.audit = audit;
        this.config = config;
    }

    /** What a run for this due date would collect now: due, active mandates without a debit on that date. */
    public List<Mandate> preview(LocalDate dueDate) {
        Set<String> collected = new HashSet<>(entityManager.createQuery(
                        "select c.mandateId from SepaCollection c where c.dueDate = :due", String.class)
                .setParameter("due", dueDate)
                .getResultList());
        return entityManager.createQuery("from Mandate m where m.status = :active and m.firstCollectionDate <= :due "
                        + "and (m.endDate is null or m.endDate >= :due) order by m.reference", Mandate.class)
                .setParameter("active", MandateStatus.ACTIVE)
                .setParameter("due", dueDate)
                .getResultList().stream()
                .filter(m -> m.isDueOn(dueDate) && !collected.contains(m.id))
                .toList();
    }

    /**
     * Creates the run for a due date, or returns empty when every due mandate already has its debit on that
     * date (a repeated run adds nothing).
     */
    @Transactional
    public Optional<CollectionRun> run(LocalDate dueDate, String user) {
        LocalDate today = LocalDate.now(GiftService.AMSTERDAM);
        if (!dueDate.isAfter(today)) {
            throw new RuleViolation("#/dueDate", "a collection must be due after today (" + today + ")",
                    "collectionNotAfterToday", today);
        }
        List<Mandate> due = preview(dueDate);
        if (due.isEmpty()) {
            return Optional.empty();
        }
        CollectionRun run = new CollectionRun();
        run.id = UUID.randomUUID().toString();
        run.messageId = "DD-" + MESSAGE_DATE.format(dueDate) + "-" + run.id.replace("-", "").substring(0, 20);
        run.dueDate = dueDate;
        run.txCount = due.size();
        run.total = due.stream().map(m -> m.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        run.createdBy = user;
        run.createdAt = Instant.now();
        entityManager.persist(run);

        for (Mandate mandate : due) {
            Gift gift = gifts.record(new RecordGift(mandate.donorId, mandate.amount, mandate.currency, dueDate,
                    dueDate, Channel.SEPA_DIRECT_DEBIT, mandate.campaignId, mandate.appealId, null,
                    List.of(new RecordGift.Line(null, mandate.fundCode, mandate.amount))), user);
            SepaCollection collection = new SepaCollection();
            collection.id = UUID.randomUUID().toString();
            collection.mandateId = mandate.id;
            collection.runId = run.id;
            collection.dueDate = dueDate;
            collection.amount = mandate.amount;
            collection.endToEndId = collection.id.replace("-", "");
            collection.sequenceType = Pain008Writer.SEQUENCE_TYPE;
            collection.giftId = gift.id;
            collection.status = SepaCollection.COLLECTED;
            entityManager.persist(collection);
            mandate.lastCollectionDate = dueDate;
            outbox.write(CollectionScheduled.TYPE, collection.id, mandate.donorId, new CollectionScheduled(
                    collection.id, mandate.id, mandate.donorId, run.id, gift.id, dueDate, collection.amount,
                    mandate.currency, collection.sequenceType, run.createdAt));
        }
        // the unique key (mandate, due date) is checked here, so a concurrent run fails before anything is kept
        entityManager.flush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("dueDate", dueDate.toString());
        details.put("count", run.txCount);
        details.put("total", run.total.toPlainString());
        audit.record(AUDIT_TYPE, run.id, "GENERATED", user, details);
        return Optional.of(run);
    }

    /** The bank returned or rejected the debit: reverse its gift and count the return on the mandate. */
    @Transactional
    public SepaCollection returned(String collectionId, LocalDate returnDate, String reasonCode, String user) {
        SepaCollection collection = collection(collectionId);
        if (SepaCollection.RETURNED.equals(collection.status)) {
            throw new Conflict("Conflict", null, "collection " + collectionId + " was already returned",
                    "collectionAlreadyReturned");
        }
        Mandate mandate = mandates.get(collection.mandateId);
        gifts.reverse(collection.giftId, returnDate, ReversalReason.SEPA_RETURN, "SEPA return " + reasonCode, user);
        collection.status = SepaCollection.RETURNED;
        collection.returnReason = reasonCode;
        collection.returnedOn = returnDate;
        mandate.returnCount++;

        Map<String, Object> details = new LinkedHashMap<>();
        details.put("collectionId", collection.id);
        details.put("returnDate", returnDate.toString());
        details.put("reasonCode", reasonCode);
        details.put("returnCount", mandate.returnCount);
        audit.record(MandateService.AUDIT_TYPE, mandate.id, "COLLECTION_RETURNED", user, details);
        outbox.write(CollectionReturned.TYPE, collection.id, mandate.donorId, new CollectionReturned(collection.id,
                mandate.id, mandate.donorId, collection.giftId, collection.dueDate, collection.amount,
                mandate.currency, returnDate, reasonCode, Instant.now()));
        if (mandate.status == MandateStatus.ACTIVE) {
            if (FINAL_REASONS.contains(reasonCode)) {
                mandates.changeStatus(mandate, MandateStatus.STOPPED, "return " + reasonCode, user);
            } else if (mandate.returnCount >= config.returnsBeforeStop()) {
                mandates.changeStatus(mandate, MandateStatus.STOPPED,
                        mandate.returnCount + " returns (" + reasonCode + " last)", user);
            }
        }
        return collection;
    }

    public Optional<SepaCollection> byEndToEndId(String endToEndId) {
        return entityManager.createQuery("from SepaCollection c where c.endToEndId = :e2e", SepaCollection.class)
                .setParameter("e2e", endToEndId)
                .getResultList().stream().findFirst();
    }

    public SepaCollection collection(String id) {
        return Optional.ofNullable(entityManager.find(SepaCollection.class, id))
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("no collection " + id));
    }

    public CollectionRun getRun(String id) {
        return Optional.ofNullable(entityManager.find(CollectionRun.class, id))
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("no collection run " + id));
    }

    public Optional<CollectionRun> latestRunFor(LocalDate dueDate) {
        return entityManager.createQuery("from CollectionRun r where r.dueDate = :due order by r.createdAt desc",
                        CollectionRun.class)
                .setParameter("due", dueDate)
                .setMaxResults(1)
                .getResultList().stream().findFirst();
    }

    public List<CollectionRun> runs(int page, int size) {
        return entityManager.createQuery("from CollectionRun r order by r.dueDate desc, r.createdAt desc",
                        CollectionRun.class)
                .setFirstResult(page * size).setMaxResults(size)
                .getResultList();
    }

    public long runCount() {
        return entityManager.createQuery("select count(r) from CollectionRun r", Long.class).getSingleResult();
    }

    public List<SepaCollection> collectionsOfRun(String runId) {
        return entityManager.createQuery("from SepaCollection c where c.runId = :run order by c.id",
                        SepaCollection.class)
                .setParameter("run", runId)
                .getResultList();
    }

    /**
     * The run's pain.008 file, rebuilt from the stored rows (message id and creation time are kept, so every
     * download is the same file). A debtor erased since cannot be written: 409.
     */
    @Transactional
    public byte[] pain008(String runId) {
        CollectionRun run = getRun(runId);
        List<Pain008Writer.Debit> debits = new ArrayList<>();
        for (SepaCollection c : collectionsOfRun(runId)) {
            Mandate m = mandates.get(c.mandateId);
            if (m.debtorIban == null) {
                throw new Conflict("Conflict", null, "run " + runId + " holds a debit of an erased donor; it cannot be "
                        + "rebuilt", "runHoldsErasedDonor");
            }
            debits.add(new Pain008Writer.Debit(c.endToEndId, c.amount, m.reference, m.signatureDate, m.debtorName,
                    m.debtorIban, m.debtorBic, "Gift " + config.creditorName() + " " + c.dueDate));
        }
        return Pain008Writer.write(run.messageId,
                LocalDateTime.ofInstant(run.createdAt, GiftService.AMSTERDAM).withNano(0), run.dueDate,
                new Pain008Writer.Creditor(config.creditorName(), config.creditorIban(),
                        config.creditorBic().orElse(null), config.creditorId()),
                debits);
    }
}
