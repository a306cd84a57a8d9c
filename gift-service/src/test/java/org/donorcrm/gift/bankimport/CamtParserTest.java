package org.donorcrm.gift.bankimport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tolerant CAMT.053 reader against every public sample, valid or not against its XSD. */
class CamtParserTest {

    static List<ParsedStatement> sample(String file) throws Exception {
        try (InputStream in = CamtParserTest.class.getResourceAsStream("/iso20022/camt053/" + file)) {
            return CamtParser.parse(in);
        }
    }

    // Expected figures counted by hand from each file's Ntry and Bal elements: entries, credit entries and their
    // sum, debit entries and their sum, opening (OPBD, else PRCD) and closing (CLBD) balance.
    @ParameterizedTest
    @CsvSource({
            "ch_postfinance_sdd-returns_camt.053.001.04.xml, 0, camt.053.001.04, CH0309000000250090342, 13, 5, 1810.56, 8, 1272.95, 322152.16, 322689.77",
            "ch_ubs_camt.053.001.08.xml, 0, camt.053.001.08, CH1111111111111111111, 3, 2, 563.25, 1, 20.97, 82721.95, 84515.25",
            "de_vrbank_batch-return_camt.053.001.02.xml, 0, camt.053.001.02, DE14740618130000033626, 4, 1, 1.00, 3, 11.00, 33.06, 23.06",
            "iso_mdr-example_camt.053.001.02.xml, 0, camt.053.001.02, 50000000054910000003, 3, 2, 135678.50, 1, 200000.00, 500000.00, 435678.50",
            "nl_ing_batch_camt.053.001.02.xml, 0, camt.053.001.02, NL18INGB00012345678, 3, 2, 7688.00, 1, 4753.74, 7329.80, 23038.20",
            "nl_snsbank_camt.053.001.02.xml, 0, camt.053.001.02, NL14SNSB0012345678, 7, 1, 500.00, 6, 42.00, 203.69, 661.69",
            "nl_snsbank_camt.053.001.02.xml, 1, camt.053.001.02, NL78SNSB0022446688, 4, 3, 301.74, 1, 500.00, 1859.13, 1660.87",
            "us_goldmansachs_reversals_camt.053.001.02.xml, 0, camt.053.001.02, DD01100056869, 19, 13, 145.53, 6, 70.06, -843686.20, -843610.73"})
    void everySampleIsReadWithItsTotalsAndBalances(String file, int index, String version, String account,
                                                   int entries, int credits, String creditTotal, int debits,
                                                   String debitTotal, String opening, String closing) throws Exception {
        ParsedStatement s = sample(file).get(index);
        assertThat(s.formatVersion()).isEqualTo(version);
        assertThat(s.account()).isEqualTo(account);
        assertThat(s.entryCount()).isEqualTo(entries);
        assertThat(s.creditCount()).isEqualTo(credits);
        assertThat(s.creditTotal()).isEqualByComparingTo(creditTotal);
        assertThat(s.debitCount()).isEqualTo(debits);
        assertThat(s.debitTotal()).isEqualByComparingTo(debitTotal);
        assertThat(s.openingBalance()).isEqualByComparingTo(opening);
        assertThat(s.closingBalance()).isEqualByComparingTo(closing);
    }

    @Test
    void theIngCreditsCarryDebtorAccountEndToEndIdAndRemittanceWhereTheBankGaveThem() throws Exception {
        List<ParsedStatement.Transaction> credits = sample("nl_ing_batch_camt.053.001.02.xml").get(0).transactions()
                .stream().filter(ParsedStatement.Transaction::credit).toList();
        assertThat(credits).hasSize(2);
        assertThat(credits.get(0).endToEndId()).isEqualTo("GBSXX21170607391766562");
        assertThat(credits.get(0).counterpartyIban()).isEqualTo("NL86INGB00066666666");
        assertThat(credits.get(0).remittance()).isEqualTo("TERUGGAAF");
        assertThat(credits.get(0).bookingDate()).isEqualTo(java.time.LocalDate.of(2019, 6, 13));
        assertThat(credits.get(1).endToEndId()).isNull();
        assertThat(credits.get(1).counterpartyIban()).isEqualTo("NL11INGB0001234567");
        assertThat(credits.get(1).amount()).isEqualByComparingTo("5000.00");
    }

    @Test
    void postFinanceReturnsAndReversalsAreMarkedAsReturned() throws Exception {
        List<ParsedStatement.Transaction> txs = sample("ch_postfinance_sdd-returns_camt.053.001.04.xml").get(0)
                .transactions();
        assertThat(txs.stream().filter(ParsedStatement.Transaction::returned).count()).isPositive();
        assertThat(txs).anySatisfy(t -> assertThat(t.returnReason()).isEqualTo("MD06"));
        // a batch with amounts per transaction is split; the parts add up to the entries
        BigDecimal sum = txs.stream().map(t -> t.credit() ? t.amount() : t.amount().negate())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(new BigDecimal("1810.56").subtract(new BigDecimal("1272.95")));
    }

    @Test
    void malformedXmlAndOtherMessagesAreRefused() {
        assertThatThrownBy(() -> CamtParser.parse(stream("not xml at all")))
                .isInstanceOfSatisfying(StatementRejected.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThatThrownBy(() -> CamtParser.parse(stream(
                "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt><Stmt>")))
                .isInstanceOfSatisfying(StatementRejected.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThatThrownBy(() -> CamtParser.parse(stream(
                "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.10\"><BkToCstmrStmt/></Document>")))
                .isInstanceOfSatisfying(StatementRejected.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.getMessage()).isEqualTo("camt.053.001.10 is not supported");
                });
        assertThatThrownBy(() -> CamtParser.parse(stream(
                "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.008.001.02\"/>")))
                .isInstanceOfSatisfying(StatementRejected.class, e -> assertThat(e.status()).isEqualTo(422));
    }

    @Test
    void anExternalEntityIsNeverResolved() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt><Stmt>"
                + "<Id>&x;</Id></Stmt></BkToCstmrStmt></Document>";
        assertThatThrownBy(() -> CamtParser.parse(stream(xxe))).isInstanceOf(StatementRejected.class);
    }

    private static InputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }
}
