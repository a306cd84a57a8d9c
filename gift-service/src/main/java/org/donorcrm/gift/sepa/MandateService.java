package org.donorcrm.gift.sepa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.donorcrm.gift.audit.AuditTrail;
import org.donorcrm.gift.gift.GiftService;
import org.donorcrm.gift.replica.DonorRecords;
import org.donorcrm.platform.http.Conflict;
import org.donorcrm.platform.http.RuleViolation;
import org.donorcrm.platform.outbox.Outbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Mandates: signing, cancelling, stopping after returns and lapsing after 36 months unused. Each change, its
 * audit line and its event (keyed by donor id, without the debtor's name, IBAN or mandate reference) are written
 * in one transaction.
 */
@ApplicationScoped
public class MandateService implements DonorRecords {

    static final String AUDIT_TYPE = "MANDATE";

    private final EntityManager entityManager;
    private final GiftService gifts;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final SepaConfig config;

    public MandateService(EntityManager entityManager, GiftService gifts, Outbox outbox, AuditTrail audit,
                          SepaConfig config) {
        this.entityManager = entityManager;
        this.gifts = gifts;
        this.outbox = outbox;
        this.audit = audit;
        this.config = config;
    }

    @Transactional
    public Mandate sign(NewMandate command, String user) {
        String donorId = gifts.currentDonorId(command.donorId(), "#/donorId");
        String fundCode = command.fundCode() == null ? "ALG" : command.fundCode();
        if (gifts.fund(fundCode).isEmpty()) {
            throw new RuleViolation("#/fundCode", "unknown fund " + fundCode, "unknownFund", fundCode);
        }
        if (command.firstCollectionDate().isBefore(command.signatureDate())) {
            throw new RuleViolation("#/firstCollectionDate", "must not be before the signature date",
                    "firstCollectionBeforeSignature");
        }
        if (command.endDate() != null && command.endDate().isBefore(command.firstCollectionDate())) {
            throw new RuleViolation("#/endDate", "must not be before the first collection date",
                    "endBeforeFirstCollection");
        }
        GiftService.Attribution attribution = gifts.checkedAttribution(command.campaignId(), command.appealId(), "#");
        if (findByReference(command.reference()).isPresent()) {
            throw new Conflict("Conflict", "#/reference", "mandate reference " + command.reference() + " is already in use",
                    "mandateReferenceTaken", command.reference());
        }
        Mandate mandate = new Mandate();
        mandate.id = UUID.randomUUID().toString();
        mandate.donorId = donorId;
        mandate.reference = command.reference();
        mandate.creditorId = config.creditorId();
        mandate.signatureDate = command.signatureDate();
        mandate.debtorName = command.debtorName().strip();
        mandate.debtorIban = ValidIban.Validator.normalise(command.debtorIban());
        mandate.debtorBic = command.debtorBic();
        mandate.amount = command.amount();
        mandate.currency = "EUR";
        mandate.frequency = command.frequency();
        mandate.firstCollectionDate = command.firstCollectionDate();
        mandate.endDate = command.endDate();
        mandate.fundCode = fundCode;
        mandate.campaignId = attribution.campaignId();
        mandate.appealId = attribution.appealId();
        mandate.status = MandateStatus.ACTIVE;
        mandate.lastCollectionDate = command.lastCollectionDate();
        mandate.createdBy = user;
        mandate.createdAt = Instant.now();
        entityManager.persist(mandate);

        Map<String, Object> details = new LinkedHashMap<>();
        details.put("amount", mandate.amount.toPlainString());
        details.put("frequency", mandate.frequency.name());
        details.put("firstCollectionDate", mandate.firstCollectionDate.toString());
        details.put("fundCode", fundCode);
        if (mandate.campaignId != null) {
            details.put("campaignId", mandate.campaignId);
            details.put("appealId", mandate.appealId);
        }
        audit.record(AUDIT_TYPE, mandate.id, "SIGNED", user, details);
        outbox.write(MandateSigned.TYPE, mandate.id, donorId, new MandateSigned(mandate.id, donorId, mandate.amount,
                mandate.currency, mandate.frequency.name(), mandate.signatureDate, mandate.firstCollectionDate,
                mandate.endDate, fundCode, mandate.createdAt));
        return mandate;
    }

    @Transactional
    public Mandate cancel(String id, String reason, String user) {
        Mandate mandate = get(id);
        if (mandate.status != MandateStatus.ACTIVE) {
            throw new Conflict("Conflict", null, "mandate " + id + " is " + mandate.status + ", not ACTIVE",
                    "mandateNotActive");
        }
        changeStatus(mandate, MandateStatus.CANCELLED, reason, user);
        return mandate;
    }

    /**
     * Marks every active mandate LAPSED whose last collection (or signature, when never collected) lies more
     * than the lapse period (36 months) before {@code today}; returns how many lapsed.
     */
    @Transactional
    public int lapse(LocalDate today, String user) {
        LocalDate limit = today.minusMonths(config.lapseMonths());
        List<Mandate> unused = entityManager.createQuery("from Mandate m where m.status = :active "
                        + "and coalesce(m.lastCollectionDate, m.signatureDate) < :limit", Mandate.class)
                .setParameter("active", MandateStatus.ACTIVE)
                .setParameter("limit", limit)
                .getResultList();
        unused.forEach(m -> changeStatus(m, MandateStatus.LAPSED,
                "no collection since " + m.lastUse() + " (" + config.lapseMonths() + " months)", user));
        return unused.size();
    }

    void changeStatus(Mandate mandate, MandateStatus status, String reason, String user) {
        MandateStatus previous = mandate.status;
        mandate.status = status;
        mandate.statusReason = reason;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("previousStatus", previous.name());
        details.put("status", status.name());
        details.put("reason", reason);
        audit.record(AUDIT_TYPE, mandate.id, status.name(), user, details);
        outbox.write(MandateStatusChanged.TYPE, mandate.id, mandate.donorId, new MandateStatusChanged(mandate.id,
                mandate.donorId, previous.name(), status.name(), reason, Instant.now()));
    }

    public Mandate get(String id) {
        return find(id).orElseThrow(() -> new jakarta.ws.rs.NotFoundException("no mandate " + id));
    }

    public Optional<Mandate> find(String id) {
        return Optional.ofNullable(entityManager.find(Mandate.class, id));
    }

    public Optional<Mandate> findByReference(String reference) {
        return entityManager.createQuery("from Mandate m where m.reference = :ref and m.creditorId = :creditor",
                        Mandate.class)
                .setParameter("ref", reference)
                .setParameter("creditor", config.creditorId())
                .getResultList().stream().findFirst();
    }

    /** A merged donor's mandates go to the survivor. */
    @Override
    public void merge(String mergedId, String survivorId) {
        entityManager.createQuery("update Mandate m set m.donorId = :survivor where m.donorId = :merged")
                .setParameter("survivor", survivorId)
                .setParameter("merged", mergedId)
                .executeUpdate();
    }

    /**
     * An erased donor's mandates keep their amounts and references, countable under the same id; the debtor's
     * name, IBAN and BIC are blanked, and an active mandate is cancelled, so that it is not collected again.
     */
    @Override
    public void erase(Set<String> donorIds) {
        entityManager.createQuery("update Mandate m set m.debtorName = null, m.debtorIban = null, m.debtorBic = null, "
                        // MySQL assigns left to right: the reason must be set while the status is still the old one
                        + "m.statusReason = case when m.status = :active then 'donor erased' else m.statusReason end, "
                        + "m.status = case when m.status = :active then :cancelled else m.status end "
                        + "where m.donorId in :donors")
                .setParameter("active", MandateStatus.ACTIVE)
                .setParameter("cancelled", MandateStatus.CANCELLED)
                .setParameter("donors", donorIds)
                .executeUpdate();
    }

    public record Found(List<Mandate> items, long total) {
    }

    public Found list(String donorId, MandateStatus status, int page, int size) {
        String where = " where (:donor is null or m.donorId = :donor) and (:status is null or m.status = :status)";
        List<Mandate> items = entityManager.createQuery("from Mandate m" + where + " order by m.createdAt desc, m.id",
                        Mandate.class)
                .setParameter("donor", donorId).setParameter("status", status)
                .setFirstResult(page * size).setMaxResults(size)
                .getResultList();
        long total = entityManager.createQuery("select count(m) from Mandate m" + where, Long.class)
                .setParameter("donor", donorId).setParameter("status", status)
                .getSingleResult();
        return new Found(items, total);
    }

    public List<SepaCollection> collectionsOf(String mandateId) {
        return entityManager.createQuery("from SepaCollection c where c.mandateId = :m order by c.dueDate desc",
                        SepaCollection.class)
                .setParameter("m", mandateId)
                .getResultList();
    }
}
