package org.donorcrm.donor.thankyou;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.donorcrm.donor.donor.Donor;
import org.donorcrm.donor.donor.DonorRepository;
import org.donorcrm.donor.donor.DonorStatus;
import org.donorcrm.donor.giving.GiftFact;
import org.donorcrm.donor.giving.GiftFactRepository;
import org.donorcrm.donor.interaction.Interaction;
import org.donorcrm.donor.interaction.InteractionRepository;
import org.donorcrm.donor.interaction.InteractionType;
import org.donorcrm.donor.interaction.TimelineService;
import org.donorcrm.platform.http.NotFound;
import org.donorcrm.platform.http.RuleViolation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fundraisers' thank-you tasks: gifts that came in and have not been thanked for yet. A gift is a task when
 * <ul>
 *   <li>its income date lies in the last {@value #WINDOW_DAYS} days (today included; older gifts are past the
 *   moment a thank-you means something, and the list stays a day's work),</li>
 *   <li>it is not reversed,</li>
 *   <li>its donor is active (not merged away, not erased) and not marked "do not contact",</li>
 *   <li>the donor has no {@link InteractionType#THANK_YOU_SENT} interaction dated on or after the gift's date (one
 *   thank-you covers every gift before it),</li>
 *   <li>and it is not a repeat SEPA direct debit: a recurring donor is thanked for the first collection, not for
 *   every month's.</li>
 * </ul>
 * High priority first: the donor's first gift (welcome a new donor) and gifts of {@value #LARGE_GIFT_EUROS} euros
 * or more; within a priority the oldest gift first (it has waited longest), then the larger, then by gift id.
 * <p>
 * Computed on request from the gift facts of the window (a few thousand at most for an organisation of this size),
 * so a thank-you, a reversal or a merge shows at once. Marking a task done records a thank-you on the donor's
 * timeline through {@link TimelineService}, the same as a thank-you entered by hand.
 */
@ApplicationScoped
public class ThankYouTasks {

    public static final int WINDOW_DAYS = 60;
    static final String LARGE_GIFT_EUROS = "500.00";
    public static final BigDecimal LARGE_GIFT = new BigDecimal(LARGE_GIFT_EUROS);

    /** Why a task comes first. */
    public enum Reason {
        FIRST_GIFT("first gift"),
        LARGE_GIFT("€ 500 or more");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One gift to thank for, with its donor and why it comes first (empty: normal priority). */
    public record Task(GiftFact gift, Donor donor, List<Reason> reasons) {

        public boolean highPriority() {
            return !reasons.isEmpty();
        }

        public String reasonText() {
            return reasons.stream().map(Reason::label).collect(Collectors.joining(", "));
        }
    }

    /** One page of tasks, the number of all tasks, and the first day of the window. */
    public record Listing(List<Task> items, long total, LocalDate since) {
    }

    /** The outcome of "thanked": the thank-you on the timeline, and whether it was recorded just now. */
    public record Thanked(Interaction interaction, boolean recorded) {
    }

    private static final Comparator<Task> ORDER = Comparator
            .comparing((Task t) -> !t.highPriority())
            .thenComparing(t -> t.gift().incomeDate)
            .thenComparing(t -> t.gift().amount, Comparator.reverseOrder())
            .thenComparing(t -> t.gift().giftId);

    private final EntityManager entityManager;
    private final GiftFactRepository facts;
    private final DonorRepository donors;
    private final InteractionRepository interactions;
    private final TimelineService timeline;

    public ThankYouTasks(EntityManager entityManager, GiftFactRepository facts, DonorRepository donors,
                         InteractionRepository interactions, TimelineService timeline) {
        this.entityManager = entityManager;
        this.facts = facts;
        this.donors = donors;
        this.interactions = interactions;
        this.timeline = timeline;
    }

    /** The open tasks as of {@code today}, of the donors of {@code owner} when given, one page of them. */
    @Transactional
    public Listing open(String owner, int page, int size, LocalDate today) {
        LocalDate since = today.minusDays(WINDOW_DAYS - 1L);
        List<GiftFact> recent = facts.list("reversed = false and incomeDate >= ?1 and incomeDate <= ?2", since, today);
        if (recent.isEmpty()) {
            return new Listing(List.of(), 0, since);
        }
        List<String> donorIds = recent.stream().map(f -> f.donorId).distinct().toList();
        Map<String, Donor> contactable = entityManager.createQuery("""
                        select d from Donor d where d.id in :ids and d.status = :active and d.doNotContact = false
                        and (:owner is null or d.owner = :owner)""", Donor.class)
                .setParameter("ids", donorIds).setParameter("active", DonorStatus.ACTIVE)
                .setParameter("owner", owner)
                .getResultList().stream().collect(Collectors.toMap(d -> d.id, Function.identity()));
        if (contactable.isEmpty()) {
            return new Listing(List.of(), 0, since);
        }
        List<String> ids = List.copyOf(contactable.keySet());
        Map<String, LocalDate> lastThanks = pairs(entityManager.createQuery("""
                        select i.donorId, max(i.occurredOn) from Interaction i
                        where i.type = :thanks and i.donorId in :ids group by i.donorId""", Object[].class)
                .setParameter("thanks", InteractionType.THANK_YOU_SENT).setParameter("ids", ids).getResultList());
        Map<String, LocalDate> firstGiftDates = pairs(entityManager.createQuery("""
                        select f.donorId, min(f.incomeDate) from GiftFact f
                        where f.reversed = false and f.donorId in :ids group by f.donorId""", Object[].class)
                .setParameter("ids", ids).getResultList());
        // the first gift itself: of the gifts on the donor's first day (all in the window when that day is), the
        // lowest id, so that two gifts on one day do not both count as the first
        Map<String, String> firstGifts = new HashMap<>();
        for (GiftFact fact : recent) {
            if (fact.incomeDate.equals(firstGiftDates.get(fact.donorId))) {
                firstGifts.merge(fact.donorId, fact.giftId, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        List<Task> tasks = new ArrayList<>();
        for (GiftFact fact : recent) {
            Donor donor = contactable.get(fact.donorId);
            LocalDate thanked = lastThanks.get(fact.donorId);
            if (donor == null || (thanked != null && !thanked.isBefore(fact.incomeDate))) {
                continue;
            }
            boolean first = fact.giftId.equals(firstGifts.get(fact.donorId));
            if ("SEPA_DIRECT_DEBIT".equals(fact.channel) && !first) {
                continue;
            }
            List<Reason> reasons = new ArrayList<>(2);
            if (first) {
                reasons.add(Reason.FIRST_GIFT);
            }
            if (fact.amount.compareTo(LARGE_GIFT) >= 0) {
                reasons.add(Reason.LARGE_GIFT);
            }
            tasks.add(new Task(fact, donor, List.copyOf(reasons)));
        }
        tasks.sort(ORDER);
        int from = (int) Math.min((long) page * size, tasks.size());
        int to = (int) Math.min((long) from + size, tasks.size());
        return new Listing(List.copyOf(tasks.subList(from, to)), tasks.size(), since);
    }

    /**
     * Records that the donor was thanked for this gift: a {@link InteractionType#THANK_YOU_SENT} dated
     * {@code today} on the donor's timeline, so the task (and any older one of the same donor) is done. Repeating
     * it records nothing new: when the donor already has a thank-you on or after the gift's date, that one is
     * answered. The donor is locked meanwhile, so that two clicks at once record one thank-you.
     */
    @Transactional
    public Thanked markThanked(String giftId, String user, LocalDate today) {
        GiftFact gift = facts.findByIdOptional(giftId).orElseThrow(() -> new NotFound("no gift " + giftId));
        if (gift.reversed) {
            throw new RuleViolation("#/giftId", "the gift was reversed: there is nothing to thank for",
                    "giftReversed");
        }
        return thank(gift, donors.active(gift.donorId), "Thanked for the gift of ", user, today);
    }

    /**
     * Records the thank-you of a letter or e-mail that went out ({@code how}: "by e-mail", "by letter") like
     * {@link #markThanked}, but never fails: a gift unknown or reversed meanwhile, or a donor no longer active,
     * records nothing (empty). For the e-mail sender, whose transaction must not roll back once a mail went out.
     */
    @Transactional
    public Optional<Thanked> recordSent(String giftId, String how, String user, LocalDate today) {
        GiftFact gift = facts.findById(giftId);
        if (gift == null || gift.reversed) {
            return Optional.empty();
        }
        Donor donor = donors.findById(gift.donorId);
        if (donor == null || donor.status != DonorStatus.ACTIVE) {
            return Optional.empty();
        }
        return Optional.of(thank(gift, donor, "Thanked " + how + " for the gift of ", user, today));
    }

    /**
     * The thank-you dated {@code today}, unless the donor has one on or after the gift's date (that one is
     * answered). The donor is locked meanwhile, so that two clicks at once record one thank-you.
     */
    private Thanked thank(GiftFact gift, Donor donor, String summary, String user, LocalDate today) {
        // plain FOR UPDATE (not Hibernate's "FOR UPDATE OF"): the same SQL works on MySQL 8.4 and MariaDB
        entityManager.createNativeQuery("SELECT id FROM donor WHERE id = ?1 FOR UPDATE").setParameter(1, donor.id)
                .getResultList();
        Optional<Interaction> earlier = interactions
                .find("donorId = ?1 and type = ?2 and occurredOn >= ?3 order by occurredOn, recordedAt", donor.id,
                        InteractionType.THANK_YOU_SENT, gift.incomeDate)
                .firstResultOptional();
        if (earlier.isPresent()) {
            return new Thanked(earlier.get(), false);
        }
        Interaction thanks = timeline.add(donor.id, InteractionType.THANK_YOU_SENT, today,
                summary + "€ " + gift.amount.toPlainString() + " of " + gift.incomeDate, user);
        return new Thanked(thanks, true);
    }

    private static Map<String, LocalDate> pairs(List<Object[]> rows) {
        Map<String, LocalDate> map = new HashMap<>();
        rows.forEach(r -> map.put((String) r[0], (LocalDate) r[1]));
        return map;
    }
}
