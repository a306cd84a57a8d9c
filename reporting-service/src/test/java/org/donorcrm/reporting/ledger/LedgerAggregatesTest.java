package org.donorcrm.reporting.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.donorcrm.reporting.period.Period;
import org.donorcrm.testing.TestData;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger's aggregates (income_day, income_donor_year; V6 migration) stay the sums of the ledger rows after
 * recorded gifts, reversals (also dated in a later year), re-earmarkings, redelivered events and donor merges (with
 * gifts arriving for the merged id afterwards), and the figures read from them equal the same figures summed straight
 * from the ledger rows (the plain ledger queries, written out below as the reference) for whole years,
 * years to date, months, quarters and odd ranges, in three years of the test's own.
 */
@QuarkusTest
class LedgerAggregatesTest {

    private static final String[] CLASSES = {"UNEARMARKED", "PROGRAMME", "PROJECT"};
    private static final String DONOR = "coalesce(a.survivor_id, m.donor_id)";
    private static final String LEDGER = " from income_movement m left join donor_alias a on a.merged_id = m.donor_id "
            + "left join donor_replica d on d.donor_id = " + DONOR + " ";

    @Inject
    ReadModel readModel;

    @Inject
    LedgerQueries ledger;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Test
    void aggregatesEqualTheLedgerAndFiguresAreUnchanged() throws Exception {
        int y = TestData.years(3);
        Random random = new Random(13);
        String household = UUID.randomUUID().toString();
        List<String> donors = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            donors.add(UUID.randomUUID().toString());
        }
        String unknown = UUID.randomUUID().toString();
        for (int i = 0; i < donors.size(); i++) {
            Map<String, Object> donor = new LinkedHashMap<>();
            donor.put("donorId", donors.get(i));
            donor.put("kind", i < 4 ? "INDIVIDUAL" : "FOUNDATION");
            donor.put("incomeCategory", i < 4 ? "INDIVIDUALS" : "OTHER_NONPROFITS");
            donor.put("householdId", i < 2 ? household : null);
            donor.put("registeredAt", (y - 1) + "-01-01T00:00:00Z");
            apply(ReplicaEvents.DONOR_REGISTERED, donor);
        }
        List<String> everyone = new ArrayList<>(donors);
        everyone.add(unknown);
        for (int n = 0; n < 80; n++) {
            if (n == 50) {
                // donor 3 merges into donor 2; later gifts for donor 3 are booked on donor 2
                Map<String, Object> merge = new LinkedHashMap<>();
                merge.put("survivorId", donors.get(2));
                merge.put("mergedId", donors.get(3));
                merge.put("mergedAt", (y + 2) + "-01-01T00:00:00Z");
                apply(ReplicaEvents.DONORS_MERGED, merge);
            }
            String giftId = UUID.randomUUID().toString();
            String donorId = everyone.get(random.nextInt(everyone.size()));
            LocalDate date = LocalDate.of(y + random.nextInt(3), 1 + random.nextInt(12), 1 + random.nextInt(28));
            long[] split = {random.nextInt(3) * 1000L + random.nextInt(100), random.nextInt(2) * 2500L,
                    random.nextInt(4) == 0 ? 999L : 0L};
            if (split[0] + split[1] + split[2] == 0) {
                split[0] = 1;
            }
            long total = split[0] + split[1] + split[2];
            Map<String, Object> gift = gift(giftId, donorId, date, total);
            gift.put("currency", "EUR");
            gift.put("allocations", allocations(split));
            String recordedId = apply(GiftRecorded.TYPE, gift);
            if (n % 7 == 0) {
                readModel.apply(recordedId, GiftRecorded.TYPE, json.writeValueAsString(gift)); // redelivered
            }
            long[] current = split;
            if (random.nextInt(4) == 0) {
                long[] moved = {current[1], current[2], current[0]};
                Map<String, Object> change = gift(giftId, donorId, date, total);
                change.put("previousAllocations", allocations(current));
                change.put("allocations", allocations(moved));
                apply(GiftReallocated.TYPE, change);
                current = moved;
            }
            if (random.nextInt(5) == 0) {
                LocalDate reversalDate = date.plusDays(random.nextInt(400));
                Map<String, Object> reversal = gift(giftId, donorId, date, total);
                reversal.put("reversalDate", reversalDate.toString());
                reversal.put("allocations", allocations(current));
                String reversalId = apply(GiftReversed.TYPE, reversal);
                readModel.apply(reversalId, GiftReversed.TYPE, json.writeValueAsString(reversal)); // redelivered
            }
        }

        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(rows("select date_format(income_date, '%Y-%m-%d'), earmark_class, amount, movements "
                    + "from income_day where amount <> 0 or movements <> 0 order by 1, 2"))
                    .isEqualTo(rows("select date_format(income_date, '%Y-%m-%d'), earmark_class, sum(amount), "
                            + "count(*) from income_movement group by 1, 2 order by 1, 2"));
            assertThat(rows("select income_year, donor_id, earmark_class, amount, movements, gifts from income_donor_year "
                    + "where amount <> 0 or movements <> 0 order by 1, 2, 3"))
                    .isEqualTo(rows("select year(income_date), donor_id, earmark_class, sum(amount), count(*), "
                            + "cast(sum(movement = 'RECORDED' and line_no = (select min(f.line_no) from income_movement f "
                            + "where f.event_id = m.event_id)) as signed) from income_movement m group by 1, 2, 3 "
                            + "order by 1, 2, 3"));
            assertThat(rows("select gift_id from reversed_gift order by 1"))
                    .isEqualTo(rows("select distinct gift_id from income_movement where movement = 'REVERSED' order by 1"));
            assertThat(rows("select count(*) from income_donor_year where donor_id = '" + donors.get(3) + "'"))
                    .containsExactly(List.of("0"));

            List<Period> periods = new ArrayList<>(List.of(Period.year(y), Period.year(y + 1), Period.year(y + 2),
                    Period.yearToDate(LocalDate.of(y + 1, 11, 23)), Period.yearToDate(LocalDate.of(y + 2, 2, 3)),
                    Period.month(y + 1, 3), Period.quarter(y + 2, 4), Period.quarter(y, 2),
                    new Period(LocalDate.of(y + 1, 1, 2), LocalDate.of(y + 1, 12, 30)),
                    new Period(LocalDate.of(y, 2, 10), LocalDate.of(y, 11, 5))));
            for (Period period : periods) {
                assertThat(incomeOf(ledger.income(period))).as("income of %s", period)
                        .isEqualTo(rows("select coalesce(d.kind, 'UNKNOWN'), coalesce(d.income_category, 'UNKNOWN'), "
                                + "m.earmark_class, sum(m.amount)" + LEDGER + "where m.income_date between '"
                                + period.from() + "' and '" + period.to() + "' group by 1, 2, 3 order by 1, 2, 3"));
                Map<String, String> byEarmark = new TreeMap<>();
                ledger.incomeByEarmark(period).forEach((k, v) -> byEarmark.put(k.name(), v.toPlainString()));
                Map<String, String> expected = new TreeMap<>();
                for (String c : CLASSES) {
                    expected.put(c, "0.00");
                }
                rows("select m.earmark_class, sum(m.amount) from income_movement m where m.income_date between '"
                        + period.from() + "' and '" + period.to() + "' group by 1")
                        .forEach(r -> expected.put(r.get(0), r.get(1)));
                assertThat(byEarmark).as("income per class of %s", period).isEqualTo(expected);
                for (String kind : List.of("INDIVIDUAL", "FOUNDATION")) {
                    assertThat(List.of(String.valueOf(ledger.donorsWithNetGiving(period, kind))))
                            .as("donors of %s, %s", kind, period)
                            .isEqualTo(rows("select count(*) from (select " + DONOR + LEDGER
                                    + "where m.income_date between '" + period.from() + "' and '" + period.to()
                                    + "' and d.kind = '" + kind + "' group by " + DONOR
                                    + " having sum(m.amount) > 0) x").get(0));
                    assertThat(ledger.donorsAndGifts(period, kind)).as("donors and gifts of %s, %s", kind, period)
                            .containsExactly(ledger.donorsWithNetGiving(period, kind), ledger.giftsNotReversed(period, kind));
                    assertThat(List.of(String.valueOf(ledger.giftsNotReversed(period, kind))))
                            .as("gifts of %s, %s", kind, period)
                            .isEqualTo(rows("select count(distinct m.gift_id)" + LEDGER
                                    + "where m.movement = 'RECORDED' and m.income_date between '" + period.from()
                                    + "' and '" + period.to() + "' and d.kind = '" + kind + "' and not exists "
                                    + "(select 1 from income_movement r where r.gift_id = m.gift_id "
                                    + "and r.movement = 'REVERSED')").get(0));
                }
                Object[] head = ledger.countAndSum(period, "PROGRAMME");
                assertThat(List.of(head[0].toString(), new BigDecimal(head[1].toString()).setScale(2).toPlainString()))
                        .isEqualTo(rows("select count(*), coalesce(sum(amount), 0) from income_movement m "
                                + "where m.earmark_class = 'PROGRAMME' and m.income_date between '" + period.from()
                                + "' and '" + period.to() + "'").get(0));
            }
            for (LocalDate end : List.of(LocalDate.of(y, 12, 31), LocalDate.of(y + 1, 3, 31),
                    LocalDate.of(y + 1, 11, 23), LocalDate.of(y + 2, 12, 31), LocalDate.of(y + 2, 6, 30))) {
                for (boolean perHousehold : new boolean[] {false, true}) {
                    String unit = perHousehold ? "coalesce(d.household_id, " + DONOR + ")" : DONOR;
                    Map<String, Map<Integer, BigDecimal>> expected = new HashMap<>();
                    rows("select " + unit + ", year(m.income_date), sum(m.amount)" + LEDGER
                            + "where m.income_date <= '" + end + "' group by 1, 2 having sum(m.amount) > 0")
                            .forEach(r -> expected.computeIfAbsent(r.get(0), k -> new HashMap<>())
                                    .put(Integer.valueOf(r.get(1)), new BigDecimal(r.get(2))));
                    assertThat(ledger.netPositiveYears(end, perHousehold)).as("net-positive years to %s", end)
                            .isEqualTo(expected);
                }
            }
        });
    }

    private static List<List<String>> incomeOf(LedgerQueries.IncomeSums sums) {
        return sums.rows().stream()
                .map(r -> List.of(r.kind(), r.category(), r.earmark().name(), r.amount().toPlainString()))
                .sorted((a, b) -> String.join("|", a).compareTo(String.join("|", b))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<List<String>> rows(String sql) {
        List<List<String>> result = new ArrayList<>();
        for (Object row : em.createNativeQuery(sql).getResultList()) {
            Object[] values = row instanceof Object[] array ? array : new Object[] {row};
            List<String> texts = new ArrayList<>();
            for (Object v : values) {
                texts.add(v instanceof BigDecimal b ? b.setScale(2).toPlainString() : String.valueOf(v));
            }
            result.add(texts);
        }
        return result;
    }

    private String apply(String type, Map<String, Object> data) throws Exception {
        String id = UUID.randomUUID().toString();
        assertThat(readModel.apply(id, type, json.writeValueAsString(data))).isTrue();
        return id;
    }

    private static Map<String, Object> gift(String giftId, String donorId, LocalDate incomeDate, long cents) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("giftId", giftId);
        data.put("donorId", donorId);
        data.put("amount", BigDecimal.valueOf(cents, 2));
        data.put("incomeDate", incomeDate.toString());
        return data;
    }

    private static List<Map<String, Object>> allocations(long[] split) {
        List<Map<String, Object>> lines = new ArrayList<>();
        int line = 1;
        for (int i = 0; i < split.length; i++) {
            if (split[i] > 0) {
                Map<String, Object> allocation = new LinkedHashMap<>();
                allocation.put("line", line++);
                allocation.put("earmarkClass", CLASSES[i]);
                allocation.put("fundCode", "F" + i);
                allocation.put("amount", BigDecimal.valueOf(split[i], 2));
                lines.add(allocation);
            }
        }
        return lines;
    }
}
