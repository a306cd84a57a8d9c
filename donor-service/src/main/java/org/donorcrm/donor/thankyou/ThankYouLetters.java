package org.donorcrm.donor.thankyou;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.donorcrm.donor.LetterMsg;
import org.donorcrm.donor.consent.ConsentService;
import org.donorcrm.donor.donor.Amsterdam;
import org.donorcrm.donor.donor.ConsentChannel;
import org.donorcrm.donor.donor.ConsentPurpose;
import org.donorcrm.donor.donor.Donor;
import org.donorcrm.donor.donor.DonorRepository;
import org.donorcrm.donor.donor.DonorStatus;
import org.donorcrm.donor.giving.GiftFact;
import org.donorcrm.donor.giving.GiftFactRepository;
import org.donorcrm.donor.mail.MailGuard;
import org.donorcrm.donor.mail.MailMessage;
import org.donorcrm.donor.mail.MailQueue;
import org.donorcrm.donor.mail.MailSent;
import org.donorcrm.donor.salutation.SalutationService;
import org.donorcrm.donor.statement.OrganisationConfig;
import org.donorcrm.platform.i18n.Formats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Thanking for a gift with a letter (a PDF to print and post) or an e-mail, from the thank-you list. Both are in the
 * donor's language (Dutch unless the donor prefers English), open with the donor's salutation and name the amount, the
 * date, the fund when known and the donor number ({@link LetterMsg}).
 * <p>
 * Who may be written to follows consent for fundraising on that channel ({@link ConsentService}): an e-mail needs an
 * address and e-mail consent, a letter a postal address and postal consent; a donor marked "do not contact" or erased
 * is never written to ({@link Obstacle}). An e-mail is queued ({@link MailQueue}, once per gift) and sent by the mail
 * sender; the thank-you is recorded on the timeline when the SMTP server took it ({@link #sent}). A letter records it
 * when the PDF is made. Either way through {@link ThankYouTasks}, so a donor gets one thank-you entry however often it
 * is asked.
 */
@ApplicationScoped
public class ThankYouLetters implements MailGuard {

    /** How to thank. */
    public enum Channel {
        LETTER,
        EMAIL
    }

    /** Why a gift cannot be thanked on a channel. */
    public enum Obstacle {
        GIFT_GONE,
        ERASED,
        DO_NOT_CONTACT,
        NO_EMAIL_ADDRESS,
        NO_EMAIL_CONSENT,
        NO_POSTAL_ADDRESS,
        NO_POST_CONSENT
    }

    /** What stands in the way of an e-mail and of a letter for a gift (null: nothing), and its e-mail's state. */
    public record Reach(Obstacle email, Obstacle letter, MailMessage.Status mail) {
    }

    /**
     * A thank-you's text, composed for one gift: its subject and its paragraphs (the salutation, the text, the closing
     * with the organisation's name), then the donor number.
     */
    public record Letter(String giftId, String donorId, String language, String name, String street,
                         String postcodeCity, long donorNumber, String subject, List<String> paragraphs) {

        /** The plain text of the e-mail. */
        public String mailBody(LetterMsg msg) {
            return String.join("\n\n", paragraphs) + "\n\n" + msg.statementDonorNumber(String.valueOf(donorNumber))
                    + "\n";
        }
    }

    /** The outcome of sending e-mails for a selection: queued now, queued before, and what stood in the way. */
    public record Mailed(int queued, int queuedBefore, Map<String, Obstacle> refused) {
    }

    /** The letters' PDF (null when something stood in the way, which {@code refused} names per gift). */
    public record Letters(byte[] pdf, Map<String, Obstacle> refused) {
    }

    private final EntityManager entityManager;
    private final GiftFactRepository facts;
    private final DonorRepository donors;
    private final ConsentService consents;
    private final SalutationService salutations;
    private final MailQueue mails;
    private final ThankYouTasks tasks;
    private final OrganisationConfig organisation;
    private final ThankYouTemplates templates;

    public ThankYouLetters(EntityManager entityManager, GiftFactRepository facts, DonorRepository donors,
                           ConsentService consents, SalutationService salutations, MailQueue mails,
                           ThankYouTasks tasks, OrganisationConfig organisation, ThankYouTemplates templates) {
        this.entityManager = entityManager;
        this.facts = facts;
        this.donors = donors;
        this.consents = consents;
        this.salutations = salutations;
        this.mails = mails;
        this.tasks = tasks;
        this.organisation = organisation;
        this.templates = templates;
    }

    /** For each task of a page: what stands in the way of an e-mail and of a letter, and its e-mail's state. */
    @Transactional
    public Map<String, Reach> reach(List<ThankYouTasks.Task> page) {
        List<Donor> pageDonors = page.stream().map(ThankYouTasks.Task::donor).toList();
        Set<String> ids = new HashSet<>(pageDonors.stream().map(d -> d.id).toList());
        Set<String> email = consents.grantedTo(ids, ConsentChannel.EMAIL, ConsentPurpose.FUNDRAISING);
        Set<String> post = consents.grantedTo(ids, ConsentChannel.POST, ConsentPurpose.FUNDRAISING);
        Map<String, MailMessage.Status> states = mails.statusOf(page.stream().map(t -> t.gift().giftId).toList(),
                MailMessage.Kind.THANK_YOU);
        Map<String, Reach> reach = new LinkedHashMap<>();
        for (ThankYouTasks.Task task : page) {
            reach.put(task.gift().giftId, new Reach(obstacle(task.donor(), Channel.EMAIL, email),
                    obstacle(task.donor(), Channel.LETTER, post), states.get(task.gift().giftId)));
        }
        return reach;
    }

    /** What stands in the way of thanking for each of these gifts on the channel; empty when nothing does. */
    @Transactional
    public Map<String, Obstacle> obstacles(Collection<String> giftIds, Channel channel) {
        Map<String, Obstacle> refused = new LinkedHashMap<>();
        Map<String, Donor> donorOf = new LinkedHashMap<>();
        for (String giftId : giftIds) {
            GiftFact gift = facts.findById(giftId);
            Donor donor = gift == null || gift.reversed ? null : donors.findById(gift.donorId);
            if (donor == null) {
                refused.put(giftId, Obstacle.GIFT_GONE);
            } else {
                donorOf.put(giftId, donor);
            }
        }
        Set<String> granted = consents.grantedTo(new HashSet<>(donorOf.values().stream().map(d -> d.id).toList()),
                channel == Channel.EMAIL ? ConsentChannel.EMAIL : ConsentChannel.POST, ConsentPurpose.FUNDRAISING);
        donorOf.forEach((giftId, donor) -> {
            Obstacle obstacle = obstacle(donor, channel, granted);
            if (obstacle != null) {
                refused.put(giftId, obstacle);
            }
        });
        return refused;
    }

    /**
     * Queues a thank-you e-mail for each gift, unless something stands in the way of one of them: then nothing is
     * queued and {@code refused} names why per gift. A gift whose e-mail was queued before is not queued again.
     */
    public Mailed mail(List<String> giftIds, String user) {
        Map<String, Obstacle> refused = obstacles(giftIds, Channel.EMAIL);
        if (!refused.isEmpty()) {
            return new Mailed(0, 0, refused);
        }
        int queued = 0;
        int before = 0;
        for (String giftId : giftIds) {
            // one transaction per gift: a gift that changed meanwhile does not hold up the others
            Optional<Boolean> outcome = queueOne(giftId, user);
            if (outcome.isPresent()) {
                if (outcome.get()) {
                    queued++;
                } else {
                    before++;
                }
            }
        }
        return new Mailed(queued, before, Map.of());
    }

    /** Queues the gift's e-mail: true queued now, false queued before, empty when it may no longer be sent. */
    @Transactional
    public Optional<Boolean> queueOne(String giftId, String user) {
        GiftFact gift = facts.findById(giftId);
        if (gift == null || gift.reversed) {
            return Optional.empty();
        }
        // the donor locked: two requests at once queue one e-mail
        entityManager.createNativeQuery("SELECT id FROM donor WHERE id = ?1 FOR UPDATE").setParameter(1, gift.donorId)
                .getResultList();
        Donor donor = donors.findById(gift.donorId);
        if (obstacle(donor, Channel.EMAIL, consents.grantedTo(List.of(donor.id), ConsentChannel.EMAIL,
                ConsentPurpose.FUNDRAISING)) != null) {
            return Optional.empty();
        }
        Optional<MailMessage> earlier = mails.of(giftId, MailMessage.Kind.THANK_YOU);
        if (earlier.isPresent()) {
            return Optional.of(false);
        }
        Letter letter = compose(gift, donor);
        LetterMsg msg = msg(letter.language());
        mails.queue(new MailQueue.Draft(donor.id, gift.giftId, MailMessage.Kind.THANK_YOU, donor.email.strip(),
                letter.subject(), letter.mailBody(msg)), user);
        return Optional.of(true);
    }

    /**
     * The thank-you letters of these gifts as one PDF, a page per gift, and the thank-you of each on its donor's
     * timeline; nothing when something stands in the way of one of them ({@code refused} names why per gift).
     */
    @Transactional
    public Letters letters(List<String> giftIds, String user) {
        Map<String, Obstacle> refused = obstacles(giftIds, Channel.LETTER);
        if (!refused.isEmpty()) {
            return new Letters(null, refused);
        }
        List<Letter> letters = new ArrayList<>();
        for (String giftId : giftIds) {
            GiftFact gift = facts.findById(giftId);
            letters.add(compose(gift, donors.findById(gift.donorId)));
            tasks.recordSent(giftId, "by letter", user, Amsterdam.today());
        }
        return new Letters(ThankYouPdf.render(letters, organisation, ThankYouLetters::msg), Map.of());
    }

    /** The thank-you of an e-mail the SMTP server took, on the donor's timeline (once, in the sender's transaction). */
    void sent(@Observes MailSent sent) {
        if (sent.kind() == MailMessage.Kind.THANK_YOU) {
            tasks.recordSent(sent.giftId(), "by e-mail", sent.queuedBy(), Amsterdam.today());
        }
    }

    /** A thank-you e-mail goes out only while the donor may still be e-mailed. */
    @Override
    @Transactional
    public Optional<String> refusal(MailMessage message) {
        if (message.kind != MailMessage.Kind.THANK_YOU) {
            return Optional.empty();
        }
        Donor donor = donors.findById(message.donorId);
        if (donor == null) {
            return Optional.of(Obstacle.ERASED.name());
        }
        Obstacle obstacle = obstacle(donor, Channel.EMAIL,
                consents.grantedTo(List.of(donor.id), ConsentChannel.EMAIL, ConsentPurpose.FUNDRAISING));
        return Optional.ofNullable(obstacle).map(Enum::name);
    }

    /**
     * The thank-you's text for the gift, in the donor's language: the approved text of that language
     * ({@link ThankYouTemplates}) with its merge fields filled in, else the built-in text of {@link LetterMsg}.
     */
    Letter compose(GiftFact gift, Donor donor) {
        String language = "en".equals(donor.preferredLanguage) ? "en" : "nl";
        LetterMsg msg = msg(language);
        String salutation = salutations.of(donor);
        String amount = Formats.money(gift.amount);
        String date = Formats.date(gift.incomeDate, Locale.forLanguageTag(language));
        boolean earmarked = gift.funds != null && !gift.funds.isBlank() && !"UNEARMARKED".equals(gift.funds);
        List<String> paragraphs = new ArrayList<>();
        String subject;
        Optional<ThankYouTemplates.Text> approved = templates.inEffect(language);
        if (approved.isPresent()) {
            ThankYouTemplates.Text text = ThankYouTemplates.fill(approved.get(), new ThankYouTemplates.Merge(
                    salutation, donor.displayName, donor.number, amount, date,
                    earmarked ? gift.funds : msg.statementNoFund()));
            subject = text.subject();
            paragraphs.addAll(text.paragraphs());
        } else {
            subject = msg.thankYouSubject();
            paragraphs.add(salutation + ",");
            paragraphs.add(msg.thankYouBody(amount, date));
            if (earmarked) {
                paragraphs.add(msg.thankYouFund(gift.funds));
            }
            paragraphs.add(msg.thankYouImpact());
            paragraphs.add(msg.statementClosing() + "\n" + organisation.name());
        }
        return new Letter(gift.giftId, donor.id, language, donor.displayName, join(donor.street, donor.houseNumber),
                join(donor.postcode, donor.city), donor.number, subject, paragraphs);
    }

    /** A preview: the filled-in text, or why there is none (NO_DONOR, NO_GIFT). */
    public record Preview(ThankYouTemplates.Text text, String problem) {
    }

    /** A text filled in for a real donor (by number) and that donor's latest gift, as the screen previews it. */
    @Transactional
    public Preview preview(ThankYouTemplates.Text text, String language, long donorNumber) {
        Optional<Donor> donor = donors.byNumber(donorNumber).map(donors::findById)
                .filter(d -> d.status == DonorStatus.ACTIVE);
        if (donor.isEmpty()) {
            return new Preview(null, "NO_DONOR");
        }
        Optional<GiftFact> latest = facts.ofDonors(List.of(donor.get().id)).stream().filter(g -> !g.reversed)
                .max(Comparator.comparing((GiftFact g) -> g.incomeDate).thenComparing(g -> g.giftId));
        if (latest.isEmpty()) {
            return new Preview(null, "NO_GIFT");
        }
        GiftFact gift = latest.get();
        LetterMsg msg = msg(language);
        boolean earmarked = gift.funds != null && !gift.funds.isBlank() && !"UNEARMARKED".equals(gift.funds);
        return new Preview(ThankYouTemplates.fill(text, new ThankYouTemplates.Merge(salutations.of(donor.get()),
                donor.get().displayName, donor.get().number, Formats.money(gift.amount),
                Formats.date(gift.incomeDate, Locale.forLanguageTag(language)),
                earmarked ? gift.funds : msg.statementNoFund())), null);
    }

    private static Obstacle obstacle(Donor donor, Channel channel, Set<String> consented) {
        if (donor.status != DonorStatus.ACTIVE) {
            return donor.status == DonorStatus.ERASED ? Obstacle.ERASED : Obstacle.GIFT_GONE;
        }
        if (donor.doNotContact) {
            return Obstacle.DO_NOT_CONTACT;
        }
        if (channel == Channel.EMAIL) {
            if (blank(donor.email)) {
                return Obstacle.NO_EMAIL_ADDRESS;
            }
            return consented.contains(donor.id) ? null : Obstacle.NO_EMAIL_CONSENT;
        }
        if (blank(donor.street) || blank(donor.city)) {
            return Obstacle.NO_POSTAL_ADDRESS;
        }
        return consented.contains(donor.id) ? null : Obstacle.NO_POST_CONSENT;
    }

    static LetterMsg msg(String language) {
        return MessageBundles.get(LetterMsg.class, Localized.Literal.of(language));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String join(String first, String second) {
        String joined = ((first == null ? "" : first) + " " + (second == null ? "" : second)).trim();
        return joined.isEmpty() ? null : joined;
    }
}
