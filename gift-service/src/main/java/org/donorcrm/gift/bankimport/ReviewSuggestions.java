package org.donorcrm.gift.bankimport;

import io.quarkus.qute.TemplateData;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.donorcrm.gift.donorlookup.DonorDirectory;
import org.donorcrm.gift.donorlookup.DonorServiceClient.DonorCard;
import org.donorcrm.gift.gift.GiftStatus;
import org.donorcrm.gift.replica.DonorReplica;
import org.donorcrm.platform.donors.DonorShown;
import org.donorcrm.platform.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The donors the review queue suggests for a waiting credit, worked out for one screen and never stored: the holders
 * of a joint account (stored by the matching), donors of the same name (initials, titles, accents and the order of a
 * double surname do not count, {@link CounterpartyNames}) and donors of a similar name in the town of the
 * counterparty's address, found with donor-service's search and the signed-in person's own token; among them, those
 * whose usual gift (the amount they gave most often in the twelve months up to the credit) is the credit's amount are
 * marked. Joint-account holders and namesakes giving the usual amount come first; at most {@value #MOST} per credit.
 * A person donor-service shows no names (a director) gets none. Also per credit: how many other credits of its account
 * wait, and the link to donor-service's registration form filled with the counterparty's name and IBAN.
 */
@ApplicationScoped
public class ReviewSuggestions {

    static final int MOST = 5;
    /** How many donors one search of a surname asks for. */
    private static final int CANDIDATES = 50;

    /** Why a donor is suggested; {@link ImportMsg#suggestionReason} says it in words. */
    public enum Reason {
        JOINT_ACCOUNT, SAME_NAME, SIMILAR_NAME_SAME_CITY, USUAL_AMOUNT
    }

    /** One suggested donor, with the reasons and, for one found by name, the town donor-service gives. */
    @TemplateData
    public record Suggestion(String donorId, List<Reason> reasons, String city) {
    }

    /** What the queue or a line's page shows of the suggestions of its credits, by entry id. */
    public record Review(Map<String, List<Suggestion>> suggestions, Map<String, DonorShown> names,
                         Map<String, Long> othersWaiting, Map<String, String> newDonorLinks) {

        static Review none() {
            return new Review(Map.of(), Map.of(), Map.of(), Map.of());
        }
    }

    private final EntityManager entityManager;
    private final DonorDirectory donors;
    private final String donorUrl;

    public ReviewSuggestions(EntityManager entityManager, DonorDirectory donors,
                             @ConfigProperty(name = "crm.web.donor-url") String donorUrl) {
        this.entityManager = entityManager;
        this.donors = donors;
        this.donorUrl = donorUrl;
    }

    /** The suggestions, waiting counts and registration links of the credits in review among these lines. */
    public Review of(List<StatementResponse.Entry> lines, SecurityIdentity identity) {
        List<StatementResponse.Entry> waiting = lines.stream()
                .filter(e -> EntryStatus.REVIEW.name().equals(e.status()) && "CRDT".equals(e.direction())).toList();
        if (waiting.isEmpty()) {
            return Review.none();
        }
        Map<String, Long> others = othersWaiting(waiting);
        Map<String, String> links = new LinkedHashMap<>();
        waiting.forEach(e -> links.put(e.id(), newDonorLink(e)));
        if (!seesNames(identity)) {
            return new Review(Map.of(), Map.of(), others, links);
        }
        Map<String, CounterpartyNames.Name> parsed = new HashMap<>();
        waiting.forEach(e -> parsed.put(e.id(), CounterpartyNames.parse(e.counterpartyName())));
        // one search per surname on the screen; names found are kept for this response only
        Map<String, List<DonorCard>> found = new HashMap<>();
        for (String term : CounterpartyNames.allSearchTerms(List.copyOf(parsed.values()))) {
            DonorDirectory.Found result = donors.search(term, CANDIDATES, identity);
            if (result.unavailable()) {
                found.clear();
                break;
            }
            found.put(term, result.donors());
        }
        Map<String, List<Candidate>> candidates = new LinkedHashMap<>();
        Map<String, DonorShown> names = new HashMap<>();
        Set<String> ids = new LinkedHashSet<>();
        for (StatementResponse.Entry entry : waiting) {
            List<Candidate> list = new ArrayList<>();
            int order = 0;
            for (String holder : entry.suggestedDonorIds()) {
                list.add(new Candidate(holder, order++, null, EnumSet.of(Reason.JOINT_ACCOUNT), false));
            }
            CounterpartyNames.Name bank = parsed.get(entry.id());
            Map<String, DonorCard> cards = new LinkedHashMap<>();
            CounterpartyNames.searchTerms(bank).forEach(term -> found.getOrDefault(term, List.of())
                    .forEach(card -> cards.putIfAbsent(card.id(), card)));
            for (DonorCard card : cards.values()) {
                if (card.displayName() == null) {
                    continue;
                }
                CounterpartyNames.Likeness likeness = CounterpartyNames.compare(bank,
                        CounterpartyNames.parse(card.displayName()));
                boolean sameTown = CounterpartyNames.sameTown(entry.counterpartyCity(), card.city());
                Reason reason = likeness == CounterpartyNames.Likeness.SAME ? Reason.SAME_NAME
                        : likeness == CounterpartyNames.Likeness.SIMILAR && sameTown ? Reason.SIMILAR_NAME_SAME_CITY
                        : null;
                if (reason == null) {
                    continue;
                }
                Optional<Candidate> holder = list.stream().filter(c -> c.donorId.equals(card.id())).findFirst();
                if (holder.isPresent()) {
                    holder.get().reasons.add(reason);
                    holder.get().city = card.city();
                    holder.get().sameTown = sameTown;
                } else {
                    Candidate c = new Candidate(card.id(), card.number() == null ? Long.MAX_VALUE : card.number(),
                            card.city(), EnumSet.of(reason), sameTown);
                    list.add(c);
                }
                names.put(card.id(), new DonorShown(card.id(), card.displayName(), card.number(), null));
            }
            list.forEach(c -> ids.add(c.donorId));
            candidates.put(entry.id(), list);
        }
        Set<String> matchable = matchable(ids);
        Map<String, List<Object[]>> gifts = recentGifts(ids, waiting);
        Map<String, List<Suggestion>> suggestions = new LinkedHashMap<>();
        for (StatementResponse.Entry entry : waiting) {
            List<Candidate> list = new ArrayList<>(candidates.get(entry.id()).stream()
                    .filter(c -> matchable.contains(c.donorId)).toList());
            for (Candidate c : list) {
                if (usualAmount(gifts.getOrDefault(c.donorId, List.of()), entry.bookingDate())
                        .filter(usual -> usual.compareTo(entry.amount()) == 0).isPresent()) {
                    c.reasons.add(Reason.USUAL_AMOUNT);
                }
            }
            list.sort(Comparator.comparingInt(Candidate::tier)
                    .thenComparing(c -> !c.reasons.contains(Reason.USUAL_AMOUNT))
                    .thenComparing(c -> !c.sameTown)
                    .thenComparingLong(c -> c.order));
            if (!list.isEmpty()) {
                suggestions.put(entry.id(), list.stream().limit(MOST)
                        .map(c -> new Suggestion(c.donorId, List.copyOf(c.reasons), c.city)).toList());
            }
        }
        return new Review(suggestions, names, others, links);
    }

    /** A candidate while the suggestions of one credit are worked out. */
    private static final class Candidate {

        final String donorId;
        final long order;
        String city;
        /** In the enum's order, the order the screen names them in. */
        final Set<Reason> reasons;
        boolean sameTown;

        Candidate(String donorId, long order, String city, Set<Reason> reasons, boolean sameTown) {
            this.donorId = donorId;
            this.order = order;
            this.city = city;
            this.reasons = reasons;
            this.sameTown = sameTown;
        }

        /** Joint-account holders and namesakes who give this amount first; then namesakes; then similar names. */
        int tier() {
            boolean same = reasons.contains(Reason.SAME_NAME);
            if (reasons.contains(Reason.JOINT_ACCOUNT) || same && reasons.contains(Reason.USUAL_AMOUNT)) {
                return 0;
            }
            return same ? 1 : 2;
        }
    }

    /** The amount given most often in the twelve months up to the day (the latest of equally frequent ones). */
    static Optional<BigDecimal> usualAmount(List<Object[]> gifts, LocalDate day) {
        LocalDate from = day.minusMonths(12);
        Map<BigDecimal, Long> count = new HashMap<>();
        Map<BigDecimal, LocalDate> latest = new HashMap<>();
        for (Object[] gift : gifts) {
            BigDecimal amount = ((BigDecimal) gift[1]).stripTrailingZeros();
            LocalDate date = (LocalDate) gift[2];
            if (date.isAfter(from) && !date.isAfter(day)) {
                count.merge(amount, 1L, Long::sum);
                latest.merge(amount, date, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return count.keySet().stream().max(Comparator.comparingLong((BigDecimal a) -> count.get(a))
                .thenComparing(latest::get));
    }

    /** The recorded gifts of these donors in the twelve months before the earliest credit up to the latest. */
    private Map<String, List<Object[]>> recentGifts(Collection<String> donorIds, List<StatementResponse.Entry> entries) {
        if (donorIds.isEmpty()) {
            return Map.of();
        }
        LocalDate first = entries.stream().map(StatementResponse.Entry::bookingDate).min(LocalDate::compareTo)
                .orElseThrow();
        LocalDate last = entries.stream().map(StatementResponse.Entry::bookingDate).max(LocalDate::compareTo)
                .orElseThrow();
        return entityManager.createQuery("select g.donorId, g.amount, g.incomeDate from Gift g where g.donorId in :ids "
                        + "and g.status = :recorded and g.incomeDate > :from and g.incomeDate <= :to", Object[].class)
                .setParameter("ids", donorIds).setParameter("recorded", GiftStatus.RECORDED)
                .setParameter("from", first.minusMonths(12)).setParameter("to", last)
                .getResultList().stream().collect(Collectors.groupingBy(row -> (String) row[0]));
    }

    /** The donors that can be assigned: the replica knows them, active (not merged away, not erased). */
    private Set<String> matchable(Collection<String> donorIds) {
        if (donorIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(entityManager.createQuery("select d.donorId from DonorReplica d where d.donorId in :ids "
                        + "and d.status = :active", String.class)
                .setParameter("ids", donorIds).setParameter("active", DonorReplica.ACTIVE).getResultList());
    }

    /** How many other credits of each line's account wait in review. */
    private Map<String, Long> othersWaiting(List<StatementResponse.Entry> entries) {
        Set<String> accounts = entries.stream().map(StatementResponse.Entry::counterpartyIban)
                .filter(i -> i != null && !i.isBlank()).collect(Collectors.toSet());
        Map<String, Long> perAccount = new HashMap<>();
        if (!accounts.isEmpty()) {
            entityManager.createQuery("select e.counterpartyIban, count(e) from BankEntry e where e.status = :review "
                            + "and e.direction = 'CRDT' and e.currency = 'EUR' and e.counterpartyIban in :accounts "
                            + "group by e.counterpartyIban", Object[].class)
                    .setParameter("review", EntryStatus.REVIEW).setParameter("accounts", accounts)
                    .getResultList().forEach(row -> perAccount.put((String) row[0], (Long) row[1]));
        }
        Map<String, Long> others = new HashMap<>();
        for (StatementResponse.Entry e : entries) {
            long all = e.counterpartyIban() == null ? 0 : perAccount.getOrDefault(e.counterpartyIban(), 0L);
            others.put(e.id(), Math.max(0, all - ("EUR".equals(e.currency()) ? 1 : 0)));
        }
        return others;
    }

    /** donor-service's registration form, filled with the credit's name (taken apart) and IBAN. */
    String newDonorLink(StatementResponse.Entry entry) {
        Map<String, String> fields = CounterpartyNames.formFields(entry.counterpartyName());
        if (entry.counterpartyIban() != null && !entry.counterpartyIban().isBlank()) {
            fields.put("iban", entry.counterpartyIban());
        }
        if (entry.counterpartyCity() != null) {
            fields.put("city", entry.counterpartyCity());
        }
        String query = fields.entrySet().stream()
                .map(f -> f.getKey() + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return donorUrl + "/donors/new" + (query.isEmpty() ? "" : "?" + query);
    }

    /** donor-service shows names to fundraisers, finance and admins; a director sees no suggestions. */
    private static boolean seesNames(SecurityIdentity identity) {
        return identity.hasRole(Roles.FUNDRAISER) || identity.hasRole(Roles.FINANCE) || identity.hasRole(Roles.ADMIN);
    }
}
