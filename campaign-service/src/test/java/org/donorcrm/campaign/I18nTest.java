package org.donorcrm.campaign;

import org.donorcrm.testing.i18n.I18nChecks;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every word of the campaign and fund screens is in the service's bundle, in Dutch and in English. */
class I18nTest {

    @Test
    void everyTextHasItsEnglish() {
        assertThat(I18nChecks.missingTexts(Msg.class, MsgEnglish.class)).isEmpty();
    }

    @Test
    void noTemplateWritesWordsOfItsOwn() {
        assertThat(I18nChecks.literalTexts(Path.of("src/main/resources/templates"), Set.of())).isEmpty();
    }
}
