package org.donorcrm.donor.donor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds active donors: a text that matches part of the name, e-mail, postcode or city, or is a donor number
 * (a merged donor's number finds the survivor), and filters on kind, tag,
 * relationship owner, date of the last gift, current consent and a list of ids. Also writes the same list as CSV.
 */
@ApplicationScoped
public class DonorSearch {

    /**
     * All optional. {@code consentChannel} and {@code consentPurpose} go together; {@code ids} narrows the list to
     * those donors (a screen's one call for the names of a page of donor ids).
     */
    public record Criteria(String text, DonorKind kind, String tag, String owner, LocalDate lastGiftFrom,
                           LocalDate lastGiftTo, ConsentChannel consentChannel, ConsentPurpose consentPurpose,
                           List<String> ids) {
    }

    public record Listing(List<Donor> items, long total) {
    }

    static final int CSV_LIMIT = 50_000;
    private static final String[] CSV_HEADER = {"id", "number", "kind", "incomeCategory", "firstName", "lastName",
            "organisationName", "street", "houseNumber", "postcode", "city", "country", "email", "phone",
            "preferredLanguage", "owner", "tags", "doNotContact"};

    private final EntityManager entityManager;
    private final DonorRepository donors;

    public DonorSearch(EntityManager entityManager, DonorRepository donors) {
        this.entityManager = entityManager;
        this.donors = donors;
    }

    @Transactional
    public Listing search(Criteria criteria, int page, int size) {
        return search(criteria, page, size, null);
    }

    /**
     * A page of the donors found, and how many there are: all of them, or at most {@code countUpTo} (choosing a donor
     * as one types needs to know only whether there are more than it shows, and counting every match of two letters
     * among 100,000 donors would read them all).
     */
    @Transactional
    public Listing search(Criteria criteria, int page, int size, Integer countUpTo) {
        Map<String, Object> params = new HashMap<>();
        String where = where(criteria, params, numbered(criteria.text()));
        // with a typed text, the order of the search column's index: the search stops at the first matches
        String order = params.containsKey("text") ? " order by d.searchText, d.id" : " order by d.displayName, d.id";
        TypedQuery<Donor> items = entityManager.createQuery("select d from Donor d" + where + order, Donor.class);
        TypedQuery<Long> count = entityManager.createQuery("select count(d) from Donor d" + where, Long.class);
        params.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        long total;
        List<Donor> found;
        if (countUpTo != null && page == 0) {
            // one walk of the index: the page and whether there are more, up to countUpTo
            List<Donor> first = items.setMaxResults(Math.max(size, countUpTo)).getResultList();
            found = first.subList(0, Math.min(size, first.size()));
            total = Math.min(first.size(), countUpTo);
        } else {
            found = items.setFirstResult(page * size).setMaxResults(size).getResultList();
            total = countUpTo == null ? count.getSingleResult()
                    : Math.min(countUpTo, count.getSingleResult());
        }
        found.forEach(d -> d.tags.size());
        return new Listing(found, total);
    }

    /** The donors matching the criteria as CSV (at most {@value #CSV_LIMIT} rows), every cell formula-safe. */
    @Transactional
    public void writeCsv(Criteria criteria, Writer out) {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).get())) {
            int page = 0;
            int written = 0;
            List<Donor> batch;
            do {
                batch = search(criteria, page++, 500).items();
                for (Donor d : batch) {
                    csv.printRecord(cells(d.id, d.number, d.kind, d.incomeCategory, d.firstName, d.lastName,
                            d.organisationName, d.street, d.houseNumber, d.postcode, d.city, d.country, d.email,
                            d.phone, d.preferredLanguage, d.owner, String.join(" ", d.tags), d.doNotContact));
                }
                written += batch.size();
                entityManager.clear();
            } while (batch.size() == 500 && written < CSV_LIMIT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object[] cells(Object... values) {
        Object[] safe = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            safe[i] = CsvCells.safe(values[i]);
        }
        return safe;
    }

    /** The donor a typed donor number belongs to now (a merged donor's number finds its survivor), or null. */
    private String numbered(String text) {
        String typed = text == null ? "" : text.strip();
        return typed.matches("[0-9]{4,12}") ? donors.byNumber(Long.parseLong(typed)).orElse(null) : null;
    }

    private static String where(Criteria c, Map<String, Object> params, String numbered) {
        StringBuilder where = new StringBuilder(" where d.status = :status");
        params.put("status", DonorStatus.ACTIVE);
        if (c.text() != null && !c.text().isBlank()) {
            String text = c.text().trim().toLowerCase(Locale.ROOT);
            where.append(" and (d.searchText like :text or d.searchText like :postcode");
            params.put("text", "%" + escaped(text) + "%");
            params.put("postcode", "%" + escaped(text.replace(" ", "")) + "%");
            if (numbered != null) {
                where.append(" or d.id = :numbered");
                params.put("numbered", numbered);
            }
            where.append(")");
        }
        if (c.ids() != null) {
            where.append(" and d.id in :ids");
            params.put("ids", c.ids());
        }
        if (c.kind() != null) {
            where.append(" and d.kind = :kind");
            params.put("kind", c.kind());
        }
        if (c.tag() != null) {
            where.append(" and :tag member of d.tags");
            params.put("tag", c.tag());
        }
        if (c.owner() != null) {
            where.append(" and d.owner = :owner");
            params.put("owner", c.owner());
        }
        String lastGift = "(select max(f.incomeDate) from GiftFact f where f.donorId = d.id and f.reversed = false)";
        if (c.lastGiftFrom() != null) {
            where.append(" and ").append(lastGift).append(" >= :lastGiftFrom");
            params.put("lastGiftFrom", c.lastGiftFrom());
        }
        if (c.lastGiftTo() != null) {
            where.append(" and ").append(lastGift).append(" <= :lastGiftTo");
            params.put("lastGiftTo", c.lastGiftTo());
        }
        if (c.consentChannel() != null && c.consentPurpose() != null) {
            // the latest grant or withdrawal for the pair must be a grant, and the donor must not have said
            // "do not contact"
            where.append(" and d.doNotContact = false and exists (select c.id from Consent c where c.donorId = d.id"
                    + " and c.granted = true and c.id = (select max(c2.id) from Consent c2 where c2.donorId = d.id"
                    + " and c2.channel = :channel and c2.purpose = :purpose))");
            params.put("channel", c.consentChannel());
            params.put("purpose", c.consentPurpose());
        }
        return where.toString();
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
