package org.donorcrm.gift.grant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.donorcrm.gift.audit.AuditTrail;
import org.donorcrm.gift.gift.Channel;
import org.donorcrm.gift.gift.Gift;
import org.donorcrm.gift.gift.GiftService;
import org.donorcrm.gift.gift.GiftStatus;
import org.donorcrm.gift.gift.RecordGift;
import org.donorcrm.gift.replica.DonorRecords;
import org.donorcrm.gift.replica.DonorReplica;
import org.donorcrm.gift.replica.FundReplica;
import org.donorcrm.platform.http.Conflict;
import org.donorcrm.platform.http.RuleViolation;
import org.donorcrm.platform.outbox.Outbox;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Grants and pledges: committing one (instalments must add up to the total to the cent), receiving an instalment
 * (recorded as a gift to the grant's fund through {@link GiftService}), the outstanding balance and the reporting
 * deadlines coming up.
 */
@ApplicationScoped
public class GrantService implements DonorRecords {

    private final EntityManager entityManager;
    private final GiftService gifts;
    private final Outbox outbox;
    private final AuditTrail audit;

    public GrantService(EntityManager entityManager, GiftService gifts, Outbox outbox, AuditTrail audit) {
        this.entityManager = entityManager;
        this.gifts = gifts;
        this.outbox = outbox;
        this.audit = audit;
    }

    public record NewGrant(String donorId, String title, String funderReference, String fundCode,
                           BigDecimal totalAmount, LocalDate startDate, LocalDate endDate,
                           BigDecimal overheadPercentage, List<Instalment> instalments, List<Deadline> deadlines) {
        public record Instalment(LocalDate dueDate, BigDecimal amount) {
        }

        public record Deadline(LocalDate dueDate, String description) {
        }
    }

    public Optional<Grant> previouslyCommitted(String idempotencyKey) {
        if (idempotencyKey == null) {
            return Optional.empty();
        }
        return entityManager.createQuery("from Grant g where g.idempotencyKey = :key", Grant.class)
                .setParameter("key", idempotencyKey).getResultList().stream().findFirst();
    }

    @Transactional
    public Grant commit(NewGrant command, String idempotencyKey, String user) {
        String donorId = gifts.currentDonorId(command.donorId(), "#/donorId");
        DonorReplica funder = entityManager.find(DonorReplica.class, donorId);
        if ("INDIVIDUAL".equals(funder.kind)) {
            throw new RuleViolation("#/donorId", "grants come from institutional funders, not individuals",
                    "grantFromIndividual");
        }
        FundReplica fund = gifts.fund(command.fundCode())
                .orElseThrow(() -> new RuleViolation("#/fundCode", "unknown fund " + command.fundCode(),
                        "unknownFund", command.fundCode()));
        if (command.endDate().isBefore(command.startDate())) {
            throw new RuleViolation("#/endDate", "must not be before the start date", "endBeforeStart");
        }
        BigDecimal sum = command.instalments().stream().map(NewGrant.Instalment::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(command.totalAmount()) != 0) {
            throw new RuleViolation("#/instalments", "instalments add up to " + sum.toPlainString()
                    + ", the grant is " + command.totalAmount().toPlainString(), "instalmentsSum", sum,
                    command.totalAmount());
        }
        Grant grant = new Grant();
        grant.id = UUID.randomUUID().toString();
        grant.donorId = donorId;
        grant.title = command.title();
        grant.funderReference = command.funderReference();
        grant.fundCode = fund.code;
        grant.earmarkClass = fund.earmarkClass;
        grant.totalAmount = command.totalAmount();
        grant.currency = "EUR";
        grant.startDate = command.startDate();
        grant.endDate = command.endDate();
        grant.overheadPercentage = command.overheadPercentage();
        grant.idempotencyKey = idempotencyKey;
        grant.createdBy = user;
        grant.createdAt = Instant.now();
        for (NewGrant.Instalment i : command.instalments()) {
            GrantInstalment instalment = new GrantInstalment();
            instalment.id = UUID.randomUUID().toString();
            instalment.grant = grant;
            instalment.lineNo = grant.instalments.size() + 1;
            instalment.dueDate = i.dueDate();
            instalment.amount = i.amount();
            grant.instalments.add(instalment);
        }
        for (NewGrant.Deadline d : command.deadlines() == null ? List.<NewGrant.Deadline>of() : command.deadlines()) {
            GrantDeadline deadline = new GrantDeadline();
            deadline.id = UUID.randomUUID().toString();
            deadline.grant = grant;
            deadline.lineNo = grant.deadlines.size() + 1;
            deadline.dueDate = d.dueDate();
            deadline.description = d.description();
            grant.deadlines.add(deadline);
        }
        entityManager.persist(grant);

        List<GrantCommitted.Instalment> instalments = grant.instalments.stream()
                .map(i -> new GrantCommitted.Instalment(i.id, i.dueDate, i.amount)).toList();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("totalAmount", grant.totalAmount.toPlainString());
        details.put("fundCode", grant.fundCode);
        details.put("overheadPercentage", grant.overheadPercentage.toPlainString());
        details.put("instalments", instalments);
        audit.record("GRANT", grant.id, "COMMITTED", user, details);
        outbox.write(GrantCommitted.TYPE, grant.id, donorId, new GrantCommitted(grant.id, donorId, grant.fundCode,
                grant.earmarkClass.name(), grant.totalAmount, grant.currency, grant.startDate, grant.endDate,
                grant.overheadPercentage, instalments, grant.deadlines.stream().map(d -> d.dueDate).toList(),
                grant.createdAt));
        return grant;
    }

    /**
     * Records an instalment as received: a gift of the instalment's amount to the grant's fund, counted on the
     * instalment's due date unless finance gives another income date. An instalment whose gift was reversed may
     * be received again.
     */
    @Transactional
    public GrantInstalment receive(String grantId, String instalmentId, LocalDate incomeDate, LocalDate receivedDate,
                                   String user) {
        Grant grant = get(grantId);
        GrantInstalment instalment = grant.instalments.stream().filter(i -> i.id.equals(instalmentId)).findFirst()
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("no instalment " + instalmentId));
        if (instalment.giftId != null && !isReversed(instalment.giftId)) {
            throw new Conflict("Conflict", null, "instalment " + instalmentId + " was already received as gift "
                    + instalment.giftId, "instalmentAlreadyReceived");
        }
        LocalDate income = incomeDate != null ? incomeDate : instalment.dueDate;
        Gift gift = gifts.record(new RecordGift(grant.donorId, instalment.amount, grant.currency, income,
                receivedDate != null ? receivedDate : income, Channel.BANK_TRANSFER, null, null, null,
                List.of(new RecordGift.Line(grant.earmarkClass, grant.fundCode, instalment.amount))), user);
        instalment.giftId = gift.id;
        instalment.receivedAt = Instant.now();
        entityManager.flush();
        BigDecimal outstanding = outstanding(grant);

        Map<String, Object> details = new LinkedHashMap<>();
        details.put("instalmentId", instalment.id);
        details.put("giftId", gift.id);
        details.put("amount", instalment.amount.toPlainString());
        details.put("incomeDate", income.toString());
        details.put("outstanding", outstanding.toPlainString());
        audit.record("GRANT", grant.id, "INSTALMENT_RECEIVED", user, details);
        outbox.write(GrantInstalmentReceived.TYPE, grant.id, grant.donorId, new GrantInstalmentReceived(grant.id,
                instalment.id, grant.donorId, gift.id, instalment.amount, grant.currency, income, outstanding,
                instalment.receivedAt));
        return instalment;
    }

    /**
     * Announces every instalment that is due by {@code today} and not received, once each
     * ({@code crm.grant.instalment-due.v1}); returns how many were announced.
     */
    @Transactional
    public int announceDue(LocalDate today, String user) {
        List<GrantInstalment> due = entityManager.createQuery("from GrantInstalment i join fetch i.grant "
                        + "where i.dueDate <= :today and i.giftId is null and i.dueAnnouncedAt is null "
                        + "order by i.dueDate, i.id", GrantInstalment.class)
                .setParameter("today", today)
                .getResultList();
        Instant now = Instant.now();
        for (GrantInstalment instalment : due) {
            Grant grant = instalment.grant;
            instalment.dueAnnouncedAt = now;
            audit.record("GRANT", grant.id, "INSTALMENT_DUE", user, Map.of("instalmentId", instalment.id,
                    "dueDate", instalment.dueDate.toString(), "amount", instalment.amount.toPlainString()));
            outbox.write(GrantInstalmentDue.TYPE, grant.id, grant.donorId, new GrantInstalmentDue(grant.id,
                    instalment.id, grant.donorId, instalment.dueDate, instalment.amount, grant.currency,
                    grant.fundCode, now));
        }
        return due.size();
    }

    /** Every morning: announce the instalments that fell due, as of today in Amsterdam. */
    @io.quarkus.scheduler.Scheduled(cron = "{crm.grants.due-cron:0 0 6 * * ?}", timeZone = "Europe/Amsterdam",
            concurrentExecution = io.quarkus.scheduler.Scheduled.ConcurrentExecution.SKIP)
    void dailyDueCheck() {
        announceDue(LocalDate.now(GiftService.AMSTERDAM), "system");
    }

    /** Total − the instalments received whose gift stands; a reversed gift adds its amount back. */
    public BigDecimal outstanding(Grant grant) {
        BigDecimal received = grant.instalments.stream()
                .filter(i -> i.giftId != null && !isReversed(i.giftId))
                .map(i -> i.amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return grant.totalAmount.subtract(received);
    }

    public boolean isReversed(String giftId) {
        return gifts.find(giftId).map(g -> g.status == GiftStatus.REVERSED).orElse(false);
    }

    /** A merged funder's grants go to the survivor. */
    @Override
    public void merge(String mergedId, String survivorId) {
        entityManager.createQuery("update Grant g set g.donorId = :survivor where g.donorId = :merged")
                .setParameter("survivor", survivorId)
                .setParameter("merged", mergedId)
                .executeUpdate();
    }

    public Grant get(String id) {
        return Optional.ofNullable(entityManager.find(Grant.class, id))
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("no grant " + id));
    }

    public List<Grant> list(String donorId, int page, int size) {
        return entityManager.createQuery("from Grant g where (:donor is null or g.donorId = :donor) "
                        + "order by g.startDate desc, g.id", Grant.class)
                .setParameter("donor", donorId)
                .setFirstResult(page * size).setMaxResults(size)
                .getResultList();
    }

    public long count(String donorId) {
        return entityManager.createQuery("select count(g) from Grant g where (:donor is null or g.donorId = :donor)",
                        Long.class)
                .setParameter("donor", donorId).getSingleResult();
    }

    /** Reporting deadlines from today up to {@code within} days ahead, soonest first. */
    public List<GrantDeadline> upcomingDeadlines(LocalDate today, int within) {
        return entityManager.createQuery("from GrantDeadline d join fetch d.grant where d.dueDate >= :from "
                        + "and d.dueDate <= :to order by d.dueDate, d.grant.title, d.lineNo", GrantDeadline.class)
                .setParameter("from", today)
                .setParameter("to", today.plusDays(within))
                .getResultList();
    }
}
