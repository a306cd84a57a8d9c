package org.donorcrm.gift.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.donorcrm.gift.audit.AuditTrail;
import org.donorcrm.gift.gift.GiftService;
import org.donorcrm.gift.replica.DonorRecords;
import org.donorcrm.gift.sepa.Mandate;
import org.donorcrm.gift.sepa.MandateService;
import org.donorcrm.platform.http.Conflict;
import org.donorcrm.platform.http.RuleViolation;
import org.donorcrm.platform.outbox.Outbox;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Periodic-gift agreements: at least five years, a fixed yearly amount, a unique transaction number, the donor
 * and (optionally) the donor's mandate that pays it.
 */
@ApplicationScoped
public class AgreementService implements DonorRecords {

    private final EntityManager entityManager;
    private final GiftService gifts;
    private final MandateService mandates;
    private final Outbox outbox;
    private final AuditTrail audit;

    public AgreementService(EntityManager entityManager, GiftService gifts, MandateService mandates, Outbox outbox,
                            AuditTrail audit) {
        this.entityManager = entityManager;
        this.gifts = gifts;
        this.mandates = mandates;
        this.outbox = outbox;
        this.audit = audit;
    }

    /** What the agreement says, as checked at the edge. */
    public record NewAgreement(String donorId, String transactionNumber, BigDecimal yearlyAmount,
                               LocalDate startDate, LocalDate endDate, Integer durationYears,
                               LocalDate signatureDate, String mandateId) {
    }

    /**
     * Signs an agreement. Its length is {@code durationYears} (open-ended agreements) or the years from start to
     * the end date inclusive (1 Jan 2026 – 31 Dec 2030 is five years); under five years is refused.
     */
    @Transactional
    public PeriodicGiftAgreement sign(NewAgreement command, String user) {
        String donorId = gifts.currentDonorId(command.donorId(), "#/donorId");
        int years = years(command);
        if (command.mandateId() != null) {
            Mandate mandate = mandates.find(command.mandateId())
                    .orElseThrow(() -> new RuleViolation("#/mandateId", "unknown mandate " + command.mandateId(),
                            "unknownMandate"));
            if (!mandate.donorId.equals(donorId)) {
                throw new RuleViolation("#/mandateId", "mandate " + mandate.id + " is not the donor's",
                        "mandateOfOtherDonor");
            }
        }
        boolean taken = !entityManager.createQuery("select a.id from PeriodicGiftAgreement a "
                        + "where a.transactionNumber = :n", String.class)
                .setParameter("n", command.transactionNumber()).getResultList().isEmpty();
        if (taken) {
            throw new Conflict("Conflict", "#/transactionNumber", "transaction number " + command.transactionNumber()
                    + " is already in use", "transactionNumberTaken", command.transactionNumber());
        }
        PeriodicGiftAgreement agreement = new PeriodicGiftAgreement();
        agreement.id = UUID.randomUUID().toString();
        agreement.donorId = donorId;
        agreement.mandateId = command.mandateId();
        agreement.transactionNumber = command.transactionNumber();
        agreement.yearlyAmount = command.yearlyAmount();
        agreement.currency = "EUR";
        agreement.startDate = command.startDate();
        agreement.endDate = command.endDate();
        agreement.durationYears = years;
        agreement.signatureDate = command.signatureDate();
        agreement.status = "ACTIVE";
        agreement.createdBy = user;
        agreement.createdAt = Instant.now();
        entityManager.persist(agreement);

        Map<String, Object> details = new LinkedHashMap<>();
        details.put("yearlyAmount", agreement.yearlyAmount.toPlainString());
        details.put("startDate", agreement.startDate.toString());
        details.put("endDate", agreement.endDate == null ? null : agreement.endDate.toString());
        details.put("durationYears", years);
        details.put("mandateId", agreement.mandateId);
        audit.record("AGREEMENT", agreement.id, "SIGNED", user, details);
        outbox.write(AgreementSigned.TYPE, agreement.id, donorId, new AgreementSigned(agreement.id,
                agreement.transactionNumber, donorId, agreement.mandateId, agreement.yearlyAmount, agreement.currency, agreement.startDate,
                agreement.endDate, years, agreement.createdAt));
        return agreement;
    }

    private static int years(NewAgreement command) {
        if (command.endDate() == null) {
            if (command.durationYears() == null || command.durationYears() < PeriodicGiftAgreement.MINIMUM_YEARS) {
                throw new RuleViolation("#/durationYears",
                        "an open-ended periodic gift agreement runs at least five years", "openAgreementTooShort");
            }
            return command.durationYears();
        }
        if (command.endDate().isBefore(command.startDate())) {
            throw new RuleViolation("#/endDate", "must not be before the start date", "endBeforeStart");
        }
        int years = Period.between(command.startDate(), command.endDate().plusDays(1)).getYears();
        if (years < PeriodicGiftAgreement.MINIMUM_YEARS) {
            throw new RuleViolation("#/endDate", "a periodic gift agreement runs at least five years; "
                    + command.startDate() + " to " + command.endDate() + " is " + years, "agreementTooShort",
                    command.startDate(), command.endDate(), years);
        }
        if (command.durationYears() != null && command.durationYears() != years) {
            throw new RuleViolation("#/durationYears", "the dates give " + years + " years, not "
                    + command.durationYears(), "agreementYearsDiffer", years, command.durationYears());
        }
        return years;
    }

    /** A merged donor's agreements go to the survivor. */
    @Override
    public void merge(String mergedId, String survivorId) {
        entityManager.createQuery("update PeriodicGiftAgreement a set a.donorId = :survivor where a.donorId = :merged")
                .setParameter("survivor", survivorId)
                .setParameter("merged", mergedId)
                .executeUpdate();
    }

    public PeriodicGiftAgreement get(String id) {
        PeriodicGiftAgreement agreement = entityManager.find(PeriodicGiftAgreement.class, id);
        if (agreement == null) {
            throw new jakarta.ws.rs.NotFoundException("no agreement " + id);
        }
        return agreement;
    }

    public List<PeriodicGiftAgreement> list(String donorId, int page, int size) {
        return entityManager.createQuery("from PeriodicGiftAgreement a where (:donor is null or a.donorId = :donor) "
                        + "order by a.createdAt desc, a.id", PeriodicGiftAgreement.class)
                .setParameter("donor", donorId)
                .setFirstResult(page * size).setMaxResults(size)
                .getResultList();
    }

    public long count(String donorId) {
        return entityManager.createQuery("select count(a) from PeriodicGiftAgreement a "
                        + "where (:donor is null or a.donorId = :donor)", Long.class)
                .setParameter("donor", donorId)
                .getSingleResult();
    }
}
