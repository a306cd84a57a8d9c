package org.donorcrm.reporting;

import org.donorcrm.testing.i18n.I18nChecks;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every word of reporting-service's screens is in its bundles, in Dutch and in English. */
class I18nTest {

    /** Words that are the same in every language. */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("CSV", "XLSX");

    @Test
    void everyTextHasItsEnglish() {
        assertThat(I18nChecks.missingTexts(Msg.class, MsgEnglish.class)).isEmpty();
        assertThat(I18nChecks.missingTexts(JobMsg.class, JobMsgEnglish.class)).isEmpty();
        assertThat(I18nChecks.missingTexts(Rules.class, RulesEnglish.class)).isEmpty();
        assertThat(I18nChecks.missingTexts(org.donorcrm.reporting.figures.ForecastMsg.class,
                org.donorcrm.reporting.figures.ForecastMsgEnglish.class)).isEmpty();
    }

    @Test
    void noTemplateWritesWordsOfItsOwn() {
        assertThat(I18nChecks.literalTexts(Path.of("src/main/resources/templates"), SAME_IN_EVERY_LANGUAGE))
                .isEmpty();
    }

    @Test
    void everyRuleAScreenShowsHasItsReasonInTheRulesBundle() throws IOException {
        assertThat(I18nChecks.missingReasons(Path.of("src/main/java"), Rules.class)).isEmpty();
        // the finance inputs, the cost CSV and the cost form name their reasons (several fields at once too)
        List<String> uses = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                I18nChecks.reasonCodes(Files.readString(file)).forEach(c -> uses.add(c[0] + "/" + c[1]));
            }
        }
        assertThat(uses).contains("noSuchCostLine/2", "phasingSum/2", "amountAmbiguous/0", "csvHeader/0");
    }
}
