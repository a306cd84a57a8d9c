package org.donorcrm.gift;

import org.donorcrm.testing.i18n.I18nChecks;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every word of the gift screens is in the service's bundles, in Dutch and in English, every rule's reason too. */
class I18nTest {

    @Test
    void everyTextHasItsEnglish() {
        assertThat(I18nChecks.missingTexts(Msg.class, MsgEnglish.class)).isEmpty();
        assertThat(I18nChecks.missingTexts(org.donorcrm.gift.donorlookup.EntryMsg.class,
                org.donorcrm.gift.donorlookup.EntryMsgEnglish.class)).isEmpty();
        assertThat(I18nChecks.missingTexts(org.donorcrm.gift.bankimport.ImportMsg.class,
                org.donorcrm.gift.bankimport.ImportMsgEnglish.class)).isEmpty();
        assertThat(I18nChecks.missingTexts(org.donorcrm.gift.sepa.SepaMsg.class,
                org.donorcrm.gift.sepa.SepaMsgEnglish.class)).isEmpty();
        assertThat(I18nChecks.missingTexts(Rules.class, RulesEnglish.class)).isEmpty();
    }

    @Test
    void everyRuleNamesAReasonTheScreensHave() {
        assertThat(I18nChecks.missingReasons(Path.of("src/main/java"), Rules.class)).isEmpty();
    }

    @Test
    void noTemplateWritesWordsOfItsOwn() {
        assertThat(I18nChecks.literalTexts(Path.of("src/main/resources/templates"), Set.of())).isEmpty();
    }
}
