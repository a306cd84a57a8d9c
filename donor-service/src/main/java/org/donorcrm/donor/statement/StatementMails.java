package org.donorcrm.donor.statement;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.donorcrm.donor.LetterMsg;
import org.donorcrm.donor.consent.ConsentService;
import org.donorcrm.donor.donor.ConsentChannel;
import org.donorcrm.donor.donor.Donor;
import org.donorcrm.donor.donor.DonorRepository;
import org.donorcrm.donor.donor.DonorStatus;
import org.donorcrm.donor.mail.MailAttachments;
import org.donorcrm.donor.mail.MailGuard;
import org.donorcrm.donor.mail.MailMessage;
import org.donorcrm.donor.mail.MailQueue;
import org.donorcrm.donor.salutation.SalutationService;

import java.sql.Blob;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The annual statement by e-mail ("ook per e-mail versturen" on a run): a service message, so it needs no consent
 * for fundraising, but it goes only to a donor who is active, did not decline the statement, has an e-mail address
 * and has consent for the channel e-mail ({@link ConsentService#grantedOnChannel}). One message per donor and year
 * ({@link MailQueue#queueStatement}), queued in the run's transaction of the donor; its PDF is not copied into the
 * queue but read from the run's stored statement when the message is sent ({@link MailAttachments}). Just before it
 * goes out the donor is asked about again ({@link MailGuard}): erased, declined or consent withdrawn meanwhile, and
 * it is not sent.
 */
@ApplicationScoped
public class StatementMails implements MailGuard, MailAttachments {

    private final EntityManager em;
    private final DonorRepository donors;
    private final ConsentService consents;
    private final SalutationService salutations;
    private final MailQueue mails;
    private final OrganisationConfig organisation;

    public StatementMails(EntityManager em, DonorRepository donors, ConsentService consents,
                          SalutationService salutations, MailQueue mails, OrganisationConfig organisation) {
        this.em = em;
        this.donors = donors;
        this.consents = consents;
        this.salutations = salutations;
        this.mails = mails;
        this.organisation = organisation;
    }

    /**
     * Queues the donor's statement of the year stored for the run, when the donor may get it by e-mail and did not
     * get one of the year yet; in the caller's transaction (the run's, with the stored statement).
     *
     * @return whether it was queued now
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean queue(String runId, int year, String donorId, String user) {
        Donor donor = donors.findById(donorId);
        if (obstacle(donor).isPresent() || !stored(runId, donorId)) {
            return false;
        }
        String language = "en".equals(donor.preferredLanguage) ? "en" : "nl";
        LetterMsg msg = MessageBundles.get(LetterMsg.class, Localized.Literal.of(language));
        String body = String.join("\n\n", salutations.of(donor) + ",", msg.statementMailBody(year),
                msg.statementMailThanks(), msg.statementClosing() + "\n" + organisation.name())
                + "\n\n" + msg.statementDonorNumber(String.valueOf(donor.number)) + "\n";
        return mails.queueStatement(new MailQueue.StatementDraft(donor.id, year, runId, donor.email.strip(),
                msg.statementMailSubject(year), body), user);
    }

    /** An annual statement goes out only while the donor may still get it by e-mail and its PDF is still stored. */
    @Override
    @Transactional
    public Optional<String> refusal(MailMessage message) {
        if (message.kind != MailMessage.Kind.ANNUAL_STATEMENT) {
            return Optional.empty();
        }
        Optional<String> obstacle = obstacle(donors.findById(message.donorId));
        if (obstacle.isPresent()) {
            return obstacle;
        }
        return stored(message.runId, message.donorId) ? Optional.empty() : Optional.of("NO_STATEMENT");
    }

    /** The run's stored PDF of the donor, read now: {@code jaaroverzicht-2025-100234.pdf}. */
    @Override
    @Transactional
    public List<Attachment> of(MailMessage message) {
        if (message.kind != MailMessage.Kind.ANNUAL_STATEMENT) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select pdf, donor_number from stored_statement where run_id = ?1 "
                        + "and donor_id = ?2", Object[].class).setParameter(1, message.runId)
                .setParameter(2, message.donorId).getResultList();
        return rows.stream().map(row -> new Attachment(
                StatementRuns.fileName(message.statementYear, ((Number) row[1]).longValue()), bytes(row[0]),
                "application/pdf")).toList();
    }

    /** Why the donor may not get the statement by e-mail (a code, no personal data); empty when they may. */
    private Optional<String> obstacle(Donor donor) {
        if (donor == null || donor.status == DonorStatus.ERASED) {
            return Optional.of("ERASED");
        }
        if (donor.status != DonorStatus.ACTIVE) {
            return Optional.of("DONOR_GONE");
        }
        if (donor.declinesAnnualStatement) {
            return Optional.of("DECLINES_ANNUAL_STATEMENT");
        }
        if (donor.email == null || donor.email.isBlank()) {
            return Optional.of("NO_EMAIL_ADDRESS");
        }
        if (!consents.grantedOnChannel(List.of(donor.id), ConsentChannel.EMAIL).contains(donor.id)) {
            return Optional.of("NO_EMAIL_CONSENT");
        }
        return Optional.empty();
    }

    private static byte[] bytes(Object column) {
        if (column instanceof Blob blob) {
            try {
                return blob.getBytes(1, (int) blob.length());
            } catch (SQLException e) {
                throw new IllegalStateException("stored statement not readable", e);
            }
        }
        return (byte[]) column;
    }

    private boolean stored(String runId, String donorId) {
        return runId != null && ((Number) em.createNativeQuery("select count(*) from stored_statement "
                + "where run_id = ?1 and donor_id = ?2").setParameter(1, runId).setParameter(2, donorId)
                .getSingleResult()).longValue() > 0;
    }
}
