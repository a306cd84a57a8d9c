package org.donorcrm.platform.i18n;

import org.donorcrm.platform.testapp.Rules;
import org.donorcrm.testing.i18n.I18nChecks;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every word of the platform's screens is in its bundle, in Dutch and in English. */
class I18nTest {

    @Test
    void everyTextHasItsEnglish() {
        assertThat(I18nChecks.missingTexts(Ui.class, UiEnglish.class)).isEmpty();
    }

    @Test
    void noTemplateWritesWordsOfItsOwn() {
        assertThat(I18nChecks.literalTexts(Path.of("src/main/resources/templates"), Set.of())).isEmpty();
    }

    /**
     * The check of rule reasons finds a code the {@code rules} bundle lacks, or has with another number of
     * parameters; the test application's FormInputTest uses one missing code on purpose.
     */
    @Test
    void theReasonCheckFindsACodeTheBundleDoesNotHave() {
        assertThat(I18nChecks.missingReasons(Path.of("src/test/java/org/donorcrm/platform/web"), Rules.class))
                .containsExactly("FormInputTest.java: noSuchReason/1");
        assertThat(I18nChecks.reasonCodes("""
                throw new RuleViolation("#/a", "x, y (" + z + ")", "allocationsSum", sum(a, b), "c");
                new RuleViolation("#/b", "plain");
                errors.add(new Problem.FieldError("#/c", "is wrong", "cWrong", List.of()));
                errors.add(new FieldError("#/d", "is wrong", "dWrong", List.of(max, f(1, 2))));
                throw new Conflict("Conflict", null, "gift " + id + " was reversed", "giftReversed", id);
                throw new Conflict("gift was reversed");
                """)).extracting(c -> c[0] + "/" + c[1])
                .containsExactly("allocationsSum/2", "cWrong/0", "dWrong/2", "giftReversed/1");
    }

    /** The check itself finds what it must: text, an attribute a person reads, a button; not code or markup. */
    @Test
    void theCheckFindsWordsInTextAndInTheAttributesPeopleRead() {
        String template = """
                {#include layout}{#title}{ui:jobsYours}{/title}
                <h1 class="h3" data-x="not read">Your jobs</h1>
                <input type="submit" value="Save"> <input name="amount" placeholder="{ui:amountInvalid}">
                <a href="/x" title="Open it">{job.kind}</a> &middot; {job.done} % · 12
                {! a comment !}<script src="/a.js">var x = "code";</script>
                <span aria-label='Progress'></span>
                {/include}
                """;
        assertThat(I18nChecks.literalTexts(template, Set.of()).stream().map(f -> f.line() + " " + f.text()))
                .containsExactly("2 Your jobs", "3 Save", "4 Open it", "6 Progress");
    }
}
