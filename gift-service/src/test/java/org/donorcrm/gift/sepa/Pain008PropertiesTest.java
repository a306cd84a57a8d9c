package org.donorcrm.gift.sepa;

import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A SEPA collection file ({@link Pain008Writer}) collects every cent once: its control sums (group header and
 * payment information) equal the sum of its instructed amounts, which are the debits' amounts, each with two
 * decimals, and its transaction counts equal the number of debits.
 */
class Pain008PropertiesTest {

    private static final Pain008Writer.Creditor CREDITOR = new Pain008Writer.Creditor("Defence for Children",
            "NL91ABNA0417164300", "ABNANL2A", "NL98ZZZ999999999999");

    @Property(tries = 200)
    @Label("control sums and counts equal the debits, to the cent")
    void controlTotalsEqualTheDebits(@ForAll @Size(min = 1, max = 60) List<@IntRange(min = 1, max = 2_500_000) Integer> cents)
            throws Exception {
        List<Pain008Writer.Debit> debits = new ArrayList<>();
        for (int i = 0; i < cents.size(); i++) {
            debits.add(new Pain008Writer.Debit("E2E-" + i, BigDecimal.valueOf(cents.get(i), 2), "MNDT-" + i,
                    LocalDate.of(2025, 1, 1), "Donor " + i, "NL91ABNA0417164300", null, "Gift " + i));
        }
        byte[] file = Pain008Writer.write("MSG-1", LocalDateTime.of(2026, 3, 1, 9, 0), LocalDate.of(2026, 3, 5),
                CREDITOR, debits);

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(file));
        BigDecimal expected = BigDecimal.valueOf(cents.stream().mapToLong(Integer::longValue).sum(), 2);
        NodeList amounts = xml.getElementsByTagName("InstdAmt");
        assertThat(amounts.getLength()).isEqualTo(debits.size());
        BigDecimal instructed = BigDecimal.ZERO;
        for (int i = 0; i < amounts.getLength(); i++) {
            BigDecimal amount = new BigDecimal(amounts.item(i).getTextContent());
            assertThat(amount).isEqualTo(debits.get(i).amount());
            assertThat(amount.scale()).isEqualTo(2);
            instructed = instructed.add(amount);
        }
        assertThat(instructed).isEqualTo(expected);
        NodeList controlSums = xml.getElementsByTagName("CtrlSum");
        NodeList counts = xml.getElementsByTagName("NbOfTxs");
        assertThat(controlSums.getLength()).isEqualTo(2);
        for (int i = 0; i < 2; i++) {
            assertThat(new BigDecimal(controlSums.item(i).getTextContent())).isEqualTo(expected);
            assertThat(Integer.parseInt(counts.item(i).getTextContent())).isEqualTo(debits.size());
        }
    }
}
