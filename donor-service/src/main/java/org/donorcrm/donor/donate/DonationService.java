package org.donorcrm.donor.donate;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import org.donorcrm.donor.DonateMsg;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.donorcrm.donor.consent.ConsentService;
import org.donorcrm.donor.donor.ConsentChannel;
import org.donorcrm.donor.donor.ConsentPurpose;
import org.donorcrm.donor.donor.Donor;
import org.donorcrm.donor.donor.DonorChecks;
import org.donorcrm.donor.donor.DonorDetails;
import org.donorcrm.donor.donor.DonorKind;
import org.donorcrm.donor.donor.DonorService;
import org.donorcrm.donor.donor.DonorStatus;
import org.donorcrm.donor.duplicate.DuplicateCandidate;
import org.donorcrm.donor.mail.MailMessage;
import org.donorcrm.donor.mail.MailQueue;
import org.donorcrm.platform.i18n.Formats;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A sign-up of the public donation page, in one transaction: the donor (an active donor with exactly this e-mail
 * address is linked; anyone else is registered, and proposed as a duplicate of every active donor with the same
 * e-mail address, IBAN or name and postcode — never silently the same person twice), the consents ticked (source
 * "online"), the mandate to hand to gift-service ({@link MandateSignups}, after the commit and in the background)
 * and the confirmation e-mail, a service message sent whatever the marketing consent.
 */
@ApplicationScoped
public class DonationService {

    /** Who writes the page's changes in the audit trail and the consent records. */
    public static final String ONLINE = "online";

    /** The sign-up as the page checked it. */
    public record Signup(DonateCampaign campaign, DonateCampaign appeal, BigDecimal amount,
                         OnlineSignup.Frequency frequency, String initials, String firstName, String infix,
                         String lastName, String email, String phone, String street, String houseNumber,
                         String postcode, String city, boolean consentEmail, boolean consentPost,
                         boolean consentPhone, String iban, String accountHolder, Locale language) {
    }

    /** What was stored: the sign-up to hand over, its mandate reference and the donor. */
    public record Received(String signupId, String reference, String donorId, boolean newDonor) {
    }

    private final EntityManager entityManager;
    private final DonorService donors;
    private final ConsentService consents;
    private final MailQueue mails;
    private final DonateConfig config;

    public DonationService(EntityManager entityManager, DonorService donors, ConsentService consents,
                           MailQueue mails, DonateConfig config) {
        this.entityManager = entityManager;
        this.donors = donors;
        this.consents = consents;
        this.mails = mails;
        this.config = config;
    }

    /** @throws org.donorcrm.platform.http.InvalidInput naming the fields the donor checks refuse */
    @Transactional
    public Received receive(Signup s, LocalDate today) {
        String email = s.email().strip().toLowerCase(Locale.ROOT);
        String iban = DonorChecks.electronicIban(s.iban());
        List<Donor> sameEmail = entityManager.createQuery(
                        "from Donor d where d.status = :active and lower(d.email) = :email order by d.number", Donor.class)
                .setParameter("active", DonorStatus.ACTIVE).setParameter("email", email).getResultList();
        Donor donor;
        boolean created = sameEmail.size() != 1;
        if (!created) {
            donor = sameEmail.get(0);
        } else {
            donor = donors.register(new DonorDetails(DonorKind.INDIVIDUAL, s.firstName(), s.lastName(), null,
                    s.street(), s.houseNumber(), s.postcode(), s.city(), "NL", email, s.phone(), iban, null,
                    s.language().getLanguage(), null, null, null, false, null, s.initials(), s.infix(), null), ONLINE);
            proposeDuplicates(donor, sameEmail);
        }
        LocalDate first = firstCollection(today);
        record(donor.id, s.consentEmail(), ConsentChannel.EMAIL, ConsentPurpose.NEWSLETTER, ConsentPurpose.FUNDRAISING);
        record(donor.id, s.consentPost(), ConsentChannel.POST, ConsentPurpose.NEWSLETTER, ConsentPurpose.FUNDRAISING);
        record(donor.id, s.consentPhone(), ConsentChannel.PHONE, ConsentPurpose.FUNDRAISING);

        long earlier = entityManager.createQuery("select count(o) from OnlineSignup o where o.donorId = :donor",
                Long.class).setParameter("donor", donor.id).getSingleResult();
        OnlineSignup signup = new OnlineSignup();
        signup.id = UUID.randomUUID().toString();
        signup.donorId = donor.id;
        signup.reference = "DON-" + donor.number + "-" + (earlier + 1);
        signup.campaignId = s.campaign().campaignId;
        signup.appealId = s.appeal() == null ? null : s.appeal().campaignId;
        signup.amount = s.amount();
        signup.frequency = s.frequency();
        signup.debtorName = s.accountHolder().strip();
        signup.debtorIban = iban;
        signup.signatureDate = today;
        signup.firstCollectionDate = first;
        signup.status = OnlineSignup.Status.PENDING;
        signup.createdAt = Instant.now();
        signup.nextAttemptAt = signup.createdAt;
        entityManager.persist(signup);

        DonateMsg msg = MessageBundles.get(DonateMsg.class, Localized.Literal.of(s.language().getLanguage()));
        String name = s.accountHolder().strip();
        mails.queueService(new MailQueue.ServiceDraft(donor.id, MailMessage.Kind.MANDATE_CONFIRMATION, email,
                msg.mailSubject(signup.reference),
                msg.mailBody(name, signup.reference, Formats.money(signup.amount), per(msg, s.frequency()),
                        masked(iban), config.creditorName(), config.creditorId(), Formats.shortDate(today),
                        Formats.shortDate(first))), ONLINE);
        return new Received(signup.id, signup.reference, donor.id, created);
    }

    /** "per maand", "per kwartaal", "per jaar" in the bundle's language. */
    public static String per(DonateMsg msg, OnlineSignup.Frequency frequency) {
        return switch (frequency) {
            case MONTHLY -> msg.perMonth();
            case QUARTERLY -> msg.perQuarter();
            case YEARLY -> msg.perYear();
        };
    }

    /** The first collection day (crm.donate.collection-day) at least crm.donate.lead-days after today. */
    LocalDate firstCollection(LocalDate today) {
        LocalDate earliest = today.plusDays(config.leadDays());
        LocalDate candidate = earliest.withDayOfMonth(Math.min(config.collectionDay(), earliest.lengthOfMonth()));
        if (candidate.isBefore(earliest)) {
            LocalDate next = earliest.plusMonths(1);
            candidate = next.withDayOfMonth(Math.min(config.collectionDay(), next.lengthOfMonth()));
        }
        return candidate;
    }

    /** "NL** **** **** **** 4300": only the last four characters shown. */
    static String masked(String iban) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < iban.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                out.append(' ');
            }
            out.append(i < 2 || i >= iban.length() - 4 ? iban.charAt(i) : '*');
        }
        return out.toString();
    }

    private void record(String donorId, boolean ticked, ConsentChannel channel, ConsentPurpose... purposes) {
        if (!ticked) {
            return;
        }
        for (ConsentPurpose purpose : purposes) {
            consents.record(donorId, channel, purpose, true, ONLINE, ONLINE);
        }
    }

    /** Each active donor that shares the e-mail address, the IBAN or the name and postcode becomes an open pair. */
    private void proposeDuplicates(Donor donor, List<Donor> sameEmail) {
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        sameEmail.forEach(d -> reasons.computeIfAbsent(d.id, k -> new ArrayList<>()).add("SAME_EMAIL"));
        if (donor.ibanKey != null) {
            others("ibanKey", donor.ibanKey, donor.id)
                    .forEach(id -> reasons.computeIfAbsent(id, k -> new ArrayList<>()).add("SAME_IBAN"));
        }
        if (donor.namePostcodeKey != null) {
            others("namePostcodeKey", donor.namePostcodeKey, donor.id)
                    .forEach(id -> reasons.computeIfAbsent(id, k -> new ArrayList<>()).add("SAME_NAME_AND_POSTCODE"));
        }
        reasons.forEach((other, why) -> {
            DuplicateCandidate pair = new DuplicateCandidate();
            pair.id = UUID.randomUUID().toString();
            pair.donorA = other.compareTo(donor.id) < 0 ? other : donor.id;
            pair.donorB = other.compareTo(donor.id) < 0 ? donor.id : other;
            pair.reasons = String.join(",", why);
            pair.status = DuplicateCandidate.Status.OPEN;
            pair.foundAt = Instant.now();
            entityManager.persist(pair);
        });
    }

    private List<String> others(String key, String value, String self) {
        return entityManager.createQuery("select d.id from Donor d where d.status = :active and d." + key
                        + " = :value and d.id <> :self", String.class)
                .setParameter("active", DonorStatus.ACTIVE).setParameter("value", value).setParameter("self", self)
                .getResultList();
    }
}
