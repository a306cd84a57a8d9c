package org.donorcrm.reporting.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.donorcrm.reporting.period.Period;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The sums every figure is made of, from the income ledger joined at query time with the donor replica
 * (a gift whose donor is not known yet counts as kind and category UNKNOWN: in every total, in no category).
 * Where a figure would sum a year of ledger rows, it reads the ledger's aggregates instead (income_day,
 * income_donor_year; V6 migration, kept by {@link IncomeLedger} in the ledger rows' transaction): the same sums,
 * proved against the ledger by LedgerAggregatesTest.
 */
@ApplicationScoped
public class LedgerQueries {

    public static final String UNKNOWN = "UNKNOWN";
    /** "Institutional" in the plan: every donor kind except individuals and companies. */
    public static final Set<String> INSTITUTIONAL_KINDS = Set.of("FOUNDATION", "GOVERNMENT", "EU_INSTITUTION",
            "LOTTERY", "AFFILIATED_NONPROFIT", "OTHER_NONPROFIT");

    /**
     * The donor a ledger row counts for: the survivor when its donor was merged. Resolved at query time, so a gift
     * event applied while a merge was being applied (another topic, another transaction) still counts for the
     * survivor, whichever committed first.
     */
    static final String DONOR = "coalesce(a.survivor_id, m.donor_id)";
    static final String ALIASED = " from income_movement m left join donor_alias a on a.merged_id = m.donor_id ";
    static final String LEDGER = ALIASED + "left join donor_replica d on d.donor_id = " + DONOR + " ";

    /** The income of a period summed per donor kind, category and earmark class. */
    public record IncomeSums(List<Row> rows) {

        public record Row(String kind, String category, EarmarkClass earmark, BigDecimal amount) {
        }

        public BigDecimal sum(Predicate<Row> filter) {
            return rows.stream().filter(filter).map(Row::amount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        }
    }

    private final EntityManager em;

    public LedgerQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * The ledger's rows of a period as (donor_id, earmark_class, amount, n): n = 1 per ledger row. For a period of
     * more than half its year they come from the per-donor aggregate of the year (income_donor_year, one row per
     * donor and earmark class) less the ledger rows of the rest of the year, which is the same sum per donor, cheaper:
     * a whole year or a year to date reads no ledger row at all when nothing is dated after it.
     */
    private record Source(String sql, List<Object> params) {
    }

    private static Source rowsOf(Period period) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        LocalDate first = LocalDate.of(from.getYear(), 1, 1);
        LocalDate last = LocalDate.of(from.getYear(), 12, 31);
        long inside = to.toEpochDay() - from.toEpochDay() + 1;
        long outside = from.toEpochDay() - first.toEpochDay() + last.toEpochDay() - to.toEpochDay();
        List<Object> params = new ArrayList<>();
        if (to.getYear() != from.getYear() || outside >= inside) {
            params.add(from);
            params.add(to);
            return new Source("(select m.donor_id, m.earmark_class, m.amount, 1 as n from income_movement m "
                    + "where m.income_date between ? and ?)", params);
        }
        StringBuilder sql = new StringBuilder("(select g.donor_id, g.earmark_class, g.amount, g.movements as n "
                + "from income_donor_year g where g.income_year = " + from.getYear());
        if (from.isAfter(first)) {
            sql.append(" union all select m.donor_id, m.earmark_class, -m.amount, -1 from income_movement m "
                    + "where m.income_date between ? and ?");
            params.add(first);
            params.add(from.minusDays(1));
        }
        if (to.isBefore(last)) {
            sql.append(" union all select m.donor_id, m.earmark_class, -m.amount, -1 from income_movement m "
                    + "where m.income_date between ? and ?");
            params.add(to.plusDays(1));
            params.add(last);
        }
        return new Source(sql.append(")").toString(), params);
    }

    private static final String X_DONOR = "coalesce(a.survivor_id, x.donor_id)";
    private static final String X_LEDGER = " x left join donor_alias a on a.merged_id = x.donor_id "
            + "left join donor_replica d on d.donor_id = " + X_DONOR + " ";

    private static jakarta.persistence.Query bind(jakarta.persistence.Query query, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }

    /** Income of a period per earmark class, from the daily aggregate (income_day): the same sums as the ledger's. */
    public Map<EarmarkClass, BigDecimal> incomeByEarmark(Period period) {
        List<Object[]> rows = em.createNativeQuery("select earmark_class, sum(amount) from income_day "
                        + "where income_date between ?1 and ?2 group by earmark_class", Object[].class)
                .setParameter(1, period.from()).setParameter(2, period.to()).getResultList();
        Map<EarmarkClass, BigDecimal> sums = new java.util.EnumMap<>(EarmarkClass.class);
        for (EarmarkClass earmark : EarmarkClass.values()) {
            sums.put(earmark, BigDecimal.ZERO.setScale(2));
        }
        for (Object[] r : rows) {
            sums.put(EarmarkClass.valueOf((String) r[0]), ((BigDecimal) r[1]).setScale(2));
        }
        return sums;
    }

    /** Number of ledger rows of a period and their sum, optionally of one earmark class, from income_day. */
    public Object[] countAndSum(Period period, String earmarkClass) {
        jakarta.persistence.Query query = em.createNativeQuery("select coalesce(sum(movements), 0), "
                        + "coalesce(sum(amount), 0) from income_day where income_date between ?1 and ?2"
                        + (earmarkClass == null ? "" : " and earmark_class = ?3"))
                .setParameter(1, period.from()).setParameter(2, period.to());
        if (earmarkClass != null) {
            query.setParameter(3, earmarkClass);
        }
        return (Object[]) query.getSingleResult();
    }

    public IncomeSums income(Period period) {
        Source source = rowsOf(period);
        // a group counts when it has ledger rows in the period (sum(n) > 0), as a group by over the ledger rows would
        List<Object[]> rows = bind(em.createNativeQuery("select coalesce(d.kind, 'UNKNOWN'), "
                        + "coalesce(d.income_category, 'UNKNOWN'), x.earmark_class, sum(x.amount) from "
                        + source.sql() + X_LEDGER + "group by 1, 2, 3 having sum(x.n) > 0", Object[].class),
                source.params()).getResultList();
        List<IncomeSums.Row> result = new ArrayList<>();
        for (Object[] r : rows) {
            result.add(new IncomeSums.Row((String) r[0], (String) r[1], EarmarkClass.valueOf((String) r[2]),
                    ((BigDecimal) r[3]).setScale(2)));
        }
        return new IncomeSums(result);
    }

    /** Donors of the given kind whose net giving in the period is above zero (merged donors count as the survivor). */
    public long donorsWithNetGiving(Period period, String kind) {
        Source source = rowsOf(period);
        List<Object> params = new ArrayList<>(source.params());
        params.add(kind);
        Number n = (Number) bind(em.createNativeQuery("select count(*) from (select " + X_DONOR + " from "
                        + source.sql() + X_LEDGER + "where d.kind = ? group by " + X_DONOR + " "
                        + "having sum(x.amount) > 0) y"), params).getSingleResult();
        return n.longValue();
    }

    /**
     * {@link #donorsWithNetGiving} and {@link #giftsNotReversed} of a period, {donors, gifts}. When the period's
     * ledger rows are exactly its year's (a whole year, or a year to date with nothing dated after it: the dashboard's
     * case), both come from ONE ordered pass over the year's per-donor aggregate rows of that kind (grouped in key
     * order, no temporary table; merges resolved here), less the period's reversed gifts: at 100,000 donors this is a
     * third of the two queries' time. Otherwise the two queries.
     */
    public long[] donorsAndGifts(Period period, String kind) {
        if (!yearAggregateIsThePeriod(period)) {
            return new long[] {donorsWithNetGiving(period, kind), giftsNotReversed(period, kind)};
        }
        long[] gifts = {0};
        Map<String, long[]> units = new HashMap<>();
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (java.sql.PreparedStatement st = connection.prepareStatement("select g.donor_id, min(a.survivor_id), "
                    + "sum(g.amount), sum(g.gifts) from income_donor_year g "
                    + "left join donor_alias a on a.merged_id = g.donor_id "
                    + "join donor_replica d on d.donor_id = coalesce(a.survivor_id, g.donor_id) "
                    + "where g.income_year = ? and d.kind = ? group by g.donor_id")) {
                st.setInt(1, period.year());
                st.setString(2, kind);
                try (java.sql.ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        String survivor = rs.getString(2);
                        units.computeIfAbsent(survivor != null ? survivor : rs.getString(1), k -> new long[1])[0]
                                += cents(rs.getBigDecimal(3));
                        gifts[0] += rs.getLong(4);
                    }
                }
            }
        });
        long donors = units.values().stream().filter(sum -> sum[0] > 0).count();
        return new long[] {donors, gifts[0] - reversedGifts(period, kind)};
    }

    /** Whether the period's ledger rows are all the rows of its year (nothing dated in the year outside it). */
    private boolean yearAggregateIsThePeriod(Period period) {
        LocalDate first = LocalDate.of(period.from().getYear(), 1, 1);
        LocalDate last = LocalDate.of(period.from().getYear(), 12, 31);
        if (period.to().getYear() != period.from().getYear()) {
            return false;
        }
        return (!period.from().isAfter(first) || movementsBetween(first, period.from().minusDays(1)) == 0)
                && (!period.to().isBefore(last) || movementsBetween(period.to().plusDays(1), last) == 0);
    }

    private long movementsBetween(LocalDate from, LocalDate to) {
        Number n = (Number) em.createNativeQuery("select coalesce(sum(movements), 0) from income_day "
                + "where income_date between ?1 and ?2").setParameter(1, from).setParameter(2, to).getSingleResult();
        return n.longValue();
    }

    /** Gifts of donors of the kind recorded in the period that were reversed (reversed_gift: a few in a hundred). */
    private long reversedGifts(Period period, String kind) {
        Number reversed = (Number) em.createNativeQuery("select count(distinct m.gift_id) from reversed_gift r "
                        + "join income_movement m on m.gift_id = r.gift_id and m.movement = 'RECORDED' "
                        + "left join donor_alias a on a.merged_id = m.donor_id "
                        + "join donor_replica d on d.donor_id = coalesce(a.survivor_id, m.donor_id) "
                        + "where m.income_date between ?1 and ?2 and d.kind = ?3")
                .setParameter(1, period.from()).setParameter(2, period.to()).setParameter(3, kind).getSingleResult();
        return reversed.longValue();
    }

    /**
     * Gifts of donors of the given kind recorded with an income date in the period and not (fully) reversed.
     * <p>
     * For a period of more than half its year (a year, a year to date): the year's recorded gifts from the per-donor
     * aggregate (income_donor_year.gifts, V7) less the gifts recorded in the rest of that year (ledger rows of the
     * rest only) less the period's gifts that were reversed (reversed_gift, a few in a hundred); otherwise from the
     * period's ledger rows. Both give what the ledger gives (LedgerAggregatesTest).
     */
    public long giftsNotReversed(Period period, String kind) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        LocalDate first = LocalDate.of(from.getYear(), 1, 1);
        LocalDate last = LocalDate.of(from.getYear(), 12, 31);
        long inside = to.toEpochDay() - from.toEpochDay() + 1;
        long outside = from.toEpochDay() - first.toEpochDay() + last.toEpochDay() - to.toEpochDay();
        if (to.getYear() != from.getYear() || outside >= inside) {
            return giftsNotReversedFromLedger(period, kind);
        }
        Number ofYear = (Number) em.createNativeQuery("select coalesce(sum(g.gifts), 0) from income_donor_year g "
                        + "left join donor_alias a on a.merged_id = g.donor_id "
                        + "join donor_replica d on d.donor_id = coalesce(a.survivor_id, g.donor_id) "
                        + "where g.income_year = ?1 and d.kind = ?2")
                .setParameter(1, from.getYear()).setParameter(2, kind).getSingleResult();
        long rest = 0;
        if (from.isAfter(first)) {
            rest += giftsRecorded(first, from.minusDays(1), kind);
        }
        if (to.isBefore(last)) {
            rest += giftsRecorded(to.plusDays(1), last, kind);
        }
        return ofYear.longValue() - rest - reversedGifts(period, kind);
    }

    /** Gifts recorded (reversed or not) with an income date in the range, of donors of the kind. */
    private long giftsRecorded(LocalDate from, LocalDate to, String kind) {
        Number n = (Number) em.createNativeQuery("select count(distinct m.gift_id) from income_movement m "
                        + "left join donor_alias a on a.merged_id = m.donor_id "
                        + "join donor_replica d on d.donor_id = coalesce(a.survivor_id, m.donor_id) "
                        + "where m.movement = 'RECORDED' and m.income_date between ?1 and ?2 and d.kind = ?3")
                .setParameter(1, from).setParameter(2, to).setParameter(3, kind).getSingleResult();
        return n.longValue();
    }

    /**
     * The same count from the period's ledger rows. Written as the rows of donors that were never merged plus the
     * rows of merged ids (booked on their survivor), so that the ledger's donor index can be used from the donors of
     * that kind (or the period's rows scanned: the optimiser chooses); the same rows as joining every ledger row with
     * its resolved donor.
     */
    private long giftsNotReversedFromLedger(Period period, String kind) {
        String notReversed = "m.movement = 'RECORDED' and m.income_date between ?1 and ?2 and not exists (select 1 "
                + "from reversed_gift r where r.gift_id = m.gift_id)";
        Number n = (Number) em.createNativeQuery("select count(distinct g.gift_id) from ("
                        + "select m.gift_id from donor_replica d join income_movement m on m.donor_id = d.donor_id "
                        + "where d.kind = ?3 and d.donor_id not in (select merged_id from donor_alias) and "
                        + notReversed + " union all select m.gift_id from donor_alias a "
                        + "join donor_replica d on d.donor_id = a.survivor_id "
                        + "join income_movement m on m.donor_id = a.merged_id where d.kind = ?3 and " + notReversed
                        + ") g")
                .setParameter(1, period.from()).setParameter(2, period.to()).setParameter(3, kind).getSingleResult();
        return n.longValue();
    }

    /**
     * Net giving per donor (or household) and calendar year in cents, every year from {@code firstYear} to the year
     * of the asked end: {@code cents.get(unit)[year - firstYear]}. Exact (whole cents in a long), compact (one array
     * per unit instead of a map of BigDecimals), so that retention and LYBUNT/SYBUNT over 100,000 donors stay cheap.
     */
    public record NetYears(int firstYear, int lastYear, Map<String, long[]> cents) {

        public boolean positive(long[] years, int year) {
            return year >= firstYear && year <= lastYear && years[year - firstYear] > 0;
        }

        /** Whether the unit has net giving above zero in any year before {@code year}. */
        public boolean positiveBefore(long[] years, int year) {
            for (int y = firstYear; y < year && y <= lastYear; y++) {
                if (years[y - firstYear] > 0) {
                    return true;
                }
            }
            return false;
        }

        /** The last year up to {@code year} with net giving above zero, or 0. */
        public int lastPositive(long[] years, int year) {
            for (int y = Math.min(year, lastYear); y >= firstYear; y--) {
                if (years[y - firstYear] > 0) {
                    return y;
                }
            }
            return 0;
        }

        public BigDecimal amount(long[] years, int year) {
            return BigDecimal.valueOf(years[year - firstYear], 2);
        }
    }

    /**
     * Net giving per donor (or household: the donor's household, else the donor alone) and calendar year, for
     * every year up to {@code end}, the part of {@code end}'s year after it left out.
     * <p>
     * Read from the per-donor aggregate (income_donor_year, grouped in its key order, so without a temporary table):
     * the years before {@code end}'s in full; {@code end}'s year from the aggregate less the ledger rows after
     * {@code end}, or from the ledger rows up to {@code end}, whichever range is shorter. Merges (donor_alias) and
     * households (donor_replica) are resolved here in memory, as the ledger query resolved them per row; a unit's
     * year counts when the sum of its donors' net amounts is above zero. Plain JDBC: 200,000 donor-years through
     * Hibernate's native-query rows took seconds.
     */
    public NetYears netYears(LocalDate end, boolean perHousehold) {
        int year = end.getYear();
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        boolean fromLedger = end.toEpochDay() - first.toEpochDay() + 1 <= last.toEpochDay() - end.toEpochDay();
        return em.unwrap(org.hibernate.Session.class).doReturningWork(connection -> {
            Map<String, String> survivors = new HashMap<>();
            try (java.sql.Statement st = connection.createStatement();
                 java.sql.ResultSet rs = st.executeQuery("select merged_id, survivor_id from donor_alias")) {
                while (rs.next()) {
                    survivors.put(rs.getString(1), rs.getString(2));
                }
            }
            Map<String, String> households = new HashMap<>();
            if (perHousehold) {
                try (java.sql.Statement st = connection.createStatement();
                     java.sql.ResultSet rs = st.executeQuery(
                             "select donor_id, household_id from donor_replica where household_id is not null")) {
                    while (rs.next()) {
                        households.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            int firstYear = year;
            try (java.sql.PreparedStatement st = connection.prepareStatement(
                    "select min(income_year) from income_donor_year where income_year <= ?")) {
                st.setInt(1, year);
                try (java.sql.ResultSet rs = st.executeQuery()) {
                    if (rs.next() && rs.getObject(1) != null) {
                        firstYear = Math.min(year, rs.getInt(1));
                    }
                }
            }
            NetYears net = new NetYears(firstYear, year, new HashMap<>());
            int span = year - firstYear + 1;
            try (java.sql.PreparedStatement st = connection.prepareStatement("select g.income_year, g.donor_id, "
                    + "sum(g.amount) from income_donor_year g where g.income_year <= ? "
                    + "group by g.income_year, g.donor_id")) {
                st.setInt(1, fromLedger ? year - 1 : year);
                try (java.sql.ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        String unit = unit(rs.getString(2), survivors, households, perHousehold);
                        net.cents().computeIfAbsent(unit, k -> new long[span])[rs.getInt(1) - firstYear]
                                += cents(rs.getBigDecimal(3));
                    }
                }
            }
            try (java.sql.PreparedStatement st = connection.prepareStatement("select m.donor_id, sum(m.amount) "
                    + "from income_movement m where m.income_date between ? and ? group by m.donor_id")) {
                st.setObject(1, fromLedger ? first : end.plusDays(1));
                st.setObject(2, fromLedger ? end : last);
                try (java.sql.ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        long amount = cents(rs.getBigDecimal(2));
                        String unit = unit(rs.getString(1), survivors, households, perHousehold);
                        net.cents().computeIfAbsent(unit, k -> new long[span])[span - 1]
                                += fromLedger ? amount : -amount;
                    }
                }
            }
            return net;
        });
    }

    private static long cents(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    }

    /** {@link #netYears} as a map of the units' net-positive years and their amounts (what the tests compare). */
    public Map<String, Map<Integer, BigDecimal>> netPositiveYears(LocalDate end, boolean perHousehold) {
        NetYears net = netYears(end, perHousehold);
        Map<String, Map<Integer, BigDecimal>> result = new HashMap<>();
        net.cents().forEach((unit, years) -> {
            for (int y = net.firstYear(); y <= net.lastYear(); y++) {
                if (net.positive(years, y)) {
                    result.computeIfAbsent(unit, k -> new HashMap<>()).put(y, net.amount(years, y));
                }
            }
        });
        return result;
    }

    private static String unit(String ledgerDonor, Map<String, String> survivors, Map<String, String> households,
                               boolean perHousehold) {
        String donor = survivors.getOrDefault(ledgerDonor, ledgerDonor);
        return perHousehold ? households.getOrDefault(donor, donor) : donor;
    }

    /** Net amount per (campaign id, appeal id, gift, donor) over the period, for gifts attributed to either. */
    public record Attributed(String campaignId, String appealId, String giftId, String donorId, BigDecimal amount) {
    }

    public List<Attributed> attributed(Period period) {
        List<Object[]> rows = em.createNativeQuery("select m.campaign_id, m.appeal_id, m.gift_id, " + DONOR + ", "
                        + "sum(m.amount)" + ALIASED + "where m.income_date between ?1 and ?2 "
                        + "and (m.campaign_id is not null or m.appeal_id is not null) group by 1, 2, 3, 4",
                        Object[].class)
                .setParameter(1, period.from()).setParameter(2, period.to()).getResultList();
        return rows.stream().map(r -> new Attributed((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                ((BigDecimal) r[4]).setScale(2))).toList();
    }

    /**
     * The income of a period that was not known before it came in, as the forecast's expected part reads the
     * history: per donor kind, category and earmark class, without the gifts of {@code known_gift} (a mandate's
     * collections, received grant instalments) and without the rows of donors who had a periodic-gift agreement not
     * paid by a mandate covering the period's year (what such an agreement still owes is known income).
     */
    public IncomeSums incomeNotKnownBefore(Period period) {
        List<Object[]> rows = em.createNativeQuery("select coalesce(d.kind, 'UNKNOWN'), "
                        + "coalesce(d.income_category, 'UNKNOWN'), m.earmark_class, sum(m.amount)" + LEDGER
                        + "where m.income_date between ?1 and ?2 "
                        + "and not exists (select 1 from known_gift k where k.gift_id = m.gift_id) "
                        + "and not exists (select 1 from agreement_replica g where g.mandate_id is null "
                        + "and g.donor_id in (m.donor_id, " + DONOR + ") and g.start_date <= ?4 "
                        + "and (g.end_date is null or g.end_date >= ?3)) group by 1, 2, 3", Object[].class)
                .setParameter(1, period.from()).setParameter(2, period.to())
                .setParameter(3, LocalDate.of(period.year(), 1, 1)).setParameter(4, LocalDate.of(period.year(), 12, 31))
                .getResultList();
        List<IncomeSums.Row> result = new ArrayList<>();
        for (Object[] r : rows) {
            result.add(new IncomeSums.Row((String) r[0], (String) r[1], EarmarkClass.valueOf((String) r[2]),
                    ((BigDecimal) r[3]).setScale(2)));
        }
        return new IncomeSums(result);
    }

    /**
     * What each donor of a periodic-gift agreement without a mandate (and the donors merged into it) gave in a
     * period, net of reversals; a donor who gave nothing is not in the map.
     */
    public Map<String, BigDecimal> incomeOfAgreementDonors(Period period) {
        // the ledger's donor ids of each agreement donor: itself and the donors merged into it
        List<Object[]> rows = em.createNativeQuery("select g.donor_id, sum(m.amount) from (select distinct donor_id "
                        + "from agreement_replica where mandate_id is null) g join (select donor_id as ledger_id, "
                        + "donor_id as survivor_id from agreement_replica where mandate_id is null union "
                        + "select merged_id, survivor_id from donor_alias) s on s.survivor_id = g.donor_id "
                        + "join income_movement m on m.donor_id = s.ledger_id "
                        + "where m.income_date between ?1 and ?2 group by g.donor_id", Object[].class)
                .setParameter(1, period.from()).setParameter(2, period.to()).getResultList();
        Map<String, BigDecimal> sums = new HashMap<>();
        rows.forEach(r -> sums.put((String) r[0], ((BigDecimal) r[1]).setScale(2)));
        return sums;
    }

    /**
     * Of the given donors (ledger ids), those whose net giving in the period is above zero, as the survivor when a
     * donor was merged: the forecast's known donors who have not given yet are the others.
     */
    public Set<String> netPositiveAmong(Period period, java.util.Collection<String> donorIds) {
        if (donorIds.isEmpty()) {
            return Set.of();
        }
        List<?> rows = em.createNativeQuery("select " + DONOR + ALIASED + "where m.income_date between ?1 and ?2 "
                        + "and (m.donor_id in (?3) or a.survivor_id in (?3)) group by 1 having sum(m.amount) > 0")
                .setParameter(1, period.from()).setParameter(2, period.to())
                .setParameter(3, List.copyOf(donorIds)).getResultList();
        Set<String> ids = new java.util.HashSet<>();
        rows.forEach(r -> ids.add((String) r));
        return ids;
    }

    /**
     * The donors of a kind who came in the rest of a year, as the forecast's expected part reads the history: net
     * giving above zero from {@code restFrom} to 31 December out of income that was not known before (as
     * {@link #incomeNotKnownBefore}), and none (net) from 1 January to the day before {@code restFrom}.
     */
    public long newcomersNotKnownBefore(LocalDate restFrom, String kind) {
        int year = restFrom.getYear();
        Number n = (Number) em.createNativeQuery("select count(*) from (select " + DONOR + " as donor" + LEDGER
                        + "where m.income_date between ?1 and ?2 and d.kind = ?5 "
                        + "and not exists (select 1 from known_gift k where k.gift_id = m.gift_id) "
                        + "and not exists (select 1 from agreement_replica g where g.mandate_id is null "
                        + "and g.donor_id in (m.donor_id, " + DONOR + ") and g.start_date <= ?4 "
                        + "and (g.end_date is null or g.end_date >= ?3)) group by 1 having sum(m.amount) > 0) n "
                        + "where n.donor not in (select " + DONOR + ALIASED + "where m.income_date between ?3 and ?6 "
                        + "group by 1 having sum(m.amount) > 0)")
                .setParameter(1, restFrom).setParameter(2, LocalDate.of(year, 12, 31))
                .setParameter(3, LocalDate.of(year, 1, 1)).setParameter(4, LocalDate.of(year, 12, 31))
                .setParameter(5, kind).setParameter(6, restFrom.minusDays(1)).getSingleResult();
        return n.longValue();
    }

    /** The years before {@code year}, back to {@code year − back}, that have income in the ledger, latest first. */
    public List<Integer> yearsWithIncome(int year, int back) {
        List<?> rows = em.createNativeQuery("select distinct year(income_date) from income_day "
                        + "where income_date between ?1 and ?2 order by 1 desc")
                .setParameter(1, LocalDate.of(year - back, 1, 1)).setParameter(2, LocalDate.of(year - 1, 12, 31))
                .getResultList();
        return rows.stream().map(r -> ((Number) r).intValue()).toList();
    }
}
