package org.donorcrm.gift.bankimport;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Properties of how bank-import reads amounts ({@link CsvParser}, {@link CamtParser}): an amount written the way
 * a Dutch or an English export writes it reads back to the same cents; every row's cents are counted once, as a
 * credit or as a debit; an amount with a third decimal that is not zero is refused, never rounded.
 */
class StatementAmountPropertiesTest {

    private static final CsvMapping MAPPING = new CsvMapping("online", "NL00TEST0000000000", "date", "amount",
            "reference", null, null, null, null, "yyyy-MM-dd", ';');

    @Property(tries = 1000)
    @Label("an amount written as a Dutch or English export writes it reads back to the same cents")
    void csvAmountsRoundTrip(@ForAll("nonZeroCents") long cents, @ForAll("styles") String style) {
        BigDecimal amount = BigDecimal.valueOf(cents, 2);
        ParsedStatement statement = CsvParser.parse(new StringReader("date;amount;reference\n2026-03-14;"
                + format(amount, style) + ";ref-1\n"), MAPPING, "fingerprint");
        ParsedStatement.Transaction tx = statement.transactions().get(0);
        assertThat(tx.amount()).isEqualTo(amount.abs().setScale(2));
        assertThat(tx.credit()).isEqualTo(cents > 0);
    }

    @Property(tries = 300)
    @Label("every row's cents are counted once: credits − debits = the sum of the signed rows")
    void csvTotalsCountEveryCentOnce(@ForAll @Size(min = 1, max = 40) List<@IntRange(min = -500_000, max = 500_000) Integer> rows) {
        List<Long> cents = rows.stream().map(r -> r == 0 ? 1L : r.longValue()).toList();
        StringBuilder csv = new StringBuilder("date;amount;reference\n");
        for (int i = 0; i < cents.size(); i++) {
            csv.append("2026-03-14;").append(format(BigDecimal.valueOf(cents.get(i), 2), i % 2 == 0 ? "nl" : "en"))
                    .append(";ref-").append(i).append('\n');
        }
        ParsedStatement statement = CsvParser.parse(new StringReader(csv.toString()), MAPPING, "fingerprint");
        BigDecimal signed = BigDecimal.valueOf(cents.stream().mapToLong(Long::longValue).sum(), 2);
        assertThat(statement.creditTotal().subtract(statement.debitTotal())).isEqualByComparingTo(signed);
        assertThat(statement.creditCount() + statement.debitCount()).isEqualTo(cents.size());
        assertThat(statement.creditCount()).isEqualTo((int) cents.stream().filter(c -> c > 0).count());
        BigDecimal creditSum = statement.transactions().stream().filter(ParsedStatement.Transaction::credit)
                .map(ParsedStatement.Transaction::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(creditSum).isEqualByComparingTo(statement.creditTotal());
    }

    @Property(tries = 300)
    @Label("a CSV amount with a third decimal is refused")
    void csvAmountsWithThreeDecimalsAreRefused(@ForAll("nonZeroCents") long cents, @ForAll @IntRange(min = 1, max = 9) int mill) {
        String text = BigDecimal.valueOf(cents, 2).toPlainString() + mill;
        assertThatThrownBy(() -> CsvParser.parse(new StringReader("date;amount;reference\n2026-03-14;" + text
                + ";ref-1\n"), MAPPING, "fingerprint"))
                .isInstanceOfSatisfying(StatementRejected.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Property(tries = 1000)
    @Label("a CAMT amount reads back to its cents, with or without trailing zeros")
    void camtAmountsRoundTrip(@ForAll("nonZeroCents") long cents, @ForAll @IntRange(min = 0, max = 3) int extraZeros) {
        BigDecimal amount = BigDecimal.valueOf(Math.abs(cents), 2);
        String text = amount.toPlainString() + "0".repeat(extraZeros);
        assertThat(CamtParser.money(text)).isEqualTo(amount);
        assertThat(CamtParser.money(amount.stripTrailingZeros().toPlainString())).isEqualTo(amount);
    }

    @Property(tries = 300)
    @Label("a CAMT amount with a third decimal that is not zero is refused, never rounded")
    void camtAmountsWithThreeDecimalsAreRefused(@ForAll("nonZeroCents") long cents, @ForAll @IntRange(min = 1, max = 9) int mill) {
        String text = BigDecimal.valueOf(Math.abs(cents), 2).toPlainString() + mill;
        assertThatThrownBy(() -> CamtParser.money(text)).isInstanceOf(StatementRejected.class);
    }

    @Provide
    Arbitrary<Long> nonZeroCents() {
        return Arbitraries.longs().between(-99_999_999_99L, 99_999_999_99L).filter(c -> c != 0)
                .edgeCases(e -> e.add(1L).add(-1L).add(100L).add(123_456L));
    }

    @Provide
    Arbitrary<String> styles() {
        return Arbitraries.of("plain", "nl", "en", "nl-euro", "en-eur");
    }

    /** How exports write amounts: 1234.56, 1.234,56, 1,234.56, € 1.234,56, EUR 1,234.56 (minus for refunds). */
    private static String format(BigDecimal amount, String style) {
        String sign = amount.signum() < 0 ? "-" : "";
        String english = String.format(Locale.ROOT, "%,.2f", amount.abs());
        String dutch = english.replace(',', '_').replace('.', ',').replace('_', '.');
        return switch (style) {
            case "plain" -> amount.toPlainString();
            case "nl" -> sign + dutch;
            case "en" -> sign + english;
            case "nl-euro" -> "€ " + sign + dutch;
            default -> "EUR " + sign + english;
        };
    }
}
