package org.donorcrm.donor;

import org.donorcrm.testing.i18n.I18nChecks;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every word of the donor screens is in the service's bundle, in Dutch and in English. */
class I18nTest {

    /** Words that are the same in every language. */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("IBAN", "CSV");

    @Test
    void everyTextHasItsEnglish() {
        assertThat(I18nChecks.missingTexts(Msg.class, MsgEnglish.class)).isEmpty();
        assertThat(I18nChecks.missingTexts(Rules.class, RulesEnglish.class)).isEmpty();
        assertThat(I18nChecks.missingTexts(LetterMsg.class, LetterMsgEnglish.class)).isEmpty();
        assertThat(I18nChecks.missingTexts(StatementRunMsg.class, StatementRunMsgEnglish.class)).isEmpty();
        assertThat(I18nChecks.missingTexts(DonateMsg.class, DonateMsgEnglish.class)).isEmpty();
    }

    @Test
    void everyRuleNamesAReasonTheScreensHave() {
        assertThat(I18nChecks.missingReasons(Path.of("src/main/java"), Rules.class)).isEmpty();
    }

    @Test
    void noTemplateWritesWordsOfItsOwn() {
        assertThat(I18nChecks.literalTexts(Path.of("src/main/resources/templates"), SAME_IN_EVERY_LANGUAGE))
                .isEmpty();
    }
}
