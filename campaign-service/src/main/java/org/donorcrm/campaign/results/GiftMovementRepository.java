package org.donorcrm.campaign.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

/** Sums over the gift movements: what campaign results are made of. */
@ApplicationScoped
public class GiftMovementRepository {

    /** A gift's net amount in one campaign or appeal ({@code attributedTo}), with its (current) donor. */
    public record GiftNet(String attributedTo, String giftId, String donorId, BigDecimal net) {
    }

    /** A gift's net amount over all campaigns (and none), with its income date: for the donor's first gift. */
    public record DonorGift(String donorId, String giftId, LocalDate incomeDate, Instant recordedAt, BigDecimal net) {
    }

    private final EntityManager entityManager;

    public GiftMovementRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every gift that moved into or out of one of the campaigns or appeals, with its net amount in each. */
    public List<GiftNet> netPerGift(Collection<String> scope) {
        return entityManager.createQuery("""
                        select new org.donorcrm.campaign.results.GiftMovementRepository$GiftNet(
                               m.attributedTo, m.giftId, m.donorId, sum(m.amount))
                        from GiftMovement m where m.attributedTo in :scope
                        group by m.attributedTo, m.giftId, m.donorId""", GiftNet.class)
                .setParameter("scope", scope)
                .getResultList();
    }

    /**
     * All gifts (in any campaign or none) of the donors who have a movement in the scope. A join on the
     * scope's distinct donors rather than {@code donor_id in (subquery)}, which MariaDB may run per row.
     */
    public List<DonorGift> giftsOfDonorsIn(Collection<String> scope) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select m.donor_id, m.gift_id, min(m.income_date), min(m.gift_recorded_at), sum(m.amount)
                        from gift_movement m
                        join (select distinct s.donor_id from gift_movement s where s.attributed_to in (:scope)) d
                          on d.donor_id = m.donor_id
                        group by m.donor_id, m.gift_id""")
                .setParameter("scope", scope)
                .getResultList();
        return rows.stream().map(r -> new DonorGift((String) r[0], (String) r[1], date(r[2]), instant(r[3]),
                (BigDecimal) r[4])).toList();
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        // the connection's time zone is UTC (see the datasource URL), so a plain date-time is a UTC one
        if (value instanceof LocalDateTime utc) {
            return utc.toInstant(ZoneOffset.UTC);
        }
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }
}
