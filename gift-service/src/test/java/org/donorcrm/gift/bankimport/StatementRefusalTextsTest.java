package org.donorcrm.gift.bankimport;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every reason a statement file is refused for reads as words in Dutch and in English on the upload's job page, with
 * its line numbers and column names, never a piece of the file's content.
 */
@QuarkusTest
class StatementRefusalTextsTest {

    private static String nl(StatementRejected.Reason reason, Object a0, Object a1, Object a2) {
        return MessageBundles.get(ImportMsg.class, Localized.Literal.of("nl")).refusal(reason.name(), a0, a1, a2);
    }

    private static String en(StatementRejected.Reason reason, Object a0, Object a1, Object a2) {
        return MessageBundles.get(ImportMsg.class, Localized.Literal.of("en")).refusal(reason.name(), a0, a1, a2);
    }

    @Test
    void everyReasonHasItsOwnWordsInBothLanguages() {
        for (StatementRejected.Reason reason : StatementRejected.Reason.values()) {
            assertThat(nl(reason, "", "", "")).as(reason.name()).isNotEqualTo(reason.name())
                    .isNotEqualTo(en(reason, "", "", ""));
            assertThat(en(reason, "", "", "")).as(reason.name()).isNotEqualTo(reason.name());
        }
    }

    @Test
    void theArgumentsAreWrittenIn() {
        assertThat(nl(StatementRejected.Reason.ROW_COLUMNS, 3, 4, 5)).isEqualTo("regel 3 heeft 4 kolommen, de kopregel 5");
        assertThat(en(StatementRejected.Reason.ROW_COLUMNS, 3, 4, 5)).isEqualTo("row 3 has 4 columns, the header 5");
        assertThat(nl(StatementRejected.Reason.NOT_WELL_FORMED, 7, "", "")).isEqualTo("het bestand is geen geldige XML (regel 7)");
        assertThat(nl(StatementRejected.Reason.NOT_WELL_FORMED, 0, "", "")).isEqualTo("het bestand is geen geldige XML");
        assertThat(nl(StatementRejected.Reason.CAMT_VERSION, "camt.053.001.12", "", ""))
                .isEqualTo("camt.053.001.12 wordt niet ondersteund; wel camt.053.001.02 tot en met camt.053.001.08");
        assertThat(nl(StatementRejected.Reason.MISSING_COLUMNS, "Bedrag, Datum", "", ""))
                .isEqualTo("het bestand heeft geen kolom Bedrag, Datum");
    }
}
