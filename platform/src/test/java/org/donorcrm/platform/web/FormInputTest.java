package org.donorcrm.platform.web;

import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import org.donorcrm.platform.http.Conflict;
import org.donorcrm.platform.http.RuleViolation;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form as people type it: amounts, dates and choices parsed, each mistake noted at its field in the language of the
 * request (Dutch here: no request, no cookie). A Quarkus test because the reasons come from the {@code ui} bundle.
 */
@QuarkusTest
class FormInputTest {

    enum Channel { BANK_TRANSFER, CASH }

    /** A request record as the screens bind it, with standard checks and one with a message of its own. */
    record Entry(@NotBlank String name, @Size(max = 5) String code, @Min(1) Integer count,
                 @DecimalMin("0.01") BigDecimal amount, @Email String email,
                 @Pattern(regexp = "[A-Z]{3}") String fund,
                 @Pattern(regexp = "\\d{4}", message = "must be four digits") String year) {
    }

    @Inject
    Validator validator;

    @Test
    void everyKnownKindOfCheckIsShownInTheLanguageOfTheScreenNotInTheEnglishOfTheApi() {
        FormInput form = posted();
        form.validated(validator, new Entry(" ", "TOOLONG", 0, new BigDecimal("0.00"), "not-mail", "abc", "20x"));
        assertThat(form.error("name")).isEqualTo("vul dit in");
        assertThat(form.error("code")).isEqualTo("hoogstens 5 tekens");
        assertThat(form.error("count")).isEqualTo("moet minstens 1 zijn");
        assertThat(form.error("amount")).isEqualTo("moet minstens 0.01 zijn");
        assertThat(form.error("email")).isEqualTo("geen geldig e-mailadres");
        assertThat(form.error("fund")).isEqualTo("heeft niet de juiste vorm");
        // the English message written for the API is not shown on a screen
        assertThat(form.error("year")).isEqualTo("heeft niet de juiste vorm");
    }

    @Test
    void anAmountWithADecimalCommaOrPointOrAEuroSign() {
        FormInput form = posted("a", "25,50", "b", "25.50", "c", "€ 1 250,00", "d", "  7 ", "e", "");

        assertThat(form.decimal("a")).isEqualTo(new BigDecimal("25.50"));
        assertThat(form.decimal("b")).isEqualTo(new BigDecimal("25.50"));
        assertThat(form.decimal("c")).isEqualTo(new BigDecimal("1250.00"));
        assertThat(form.decimal("d")).isEqualTo(new BigDecimal("7"));
        assertThat(form.decimal("e")).isNull();
        assertThat(form.decimal("missing")).isNull();
        assertThat(form.hasErrors()).isFalse();
    }

    @Test
    void somethingThatIsNotAnAmountIsNotedAtItsField() {
        FormInput form = posted("amount", "twenty", "other", "1.250", "grouped", "1.250,00");

        assertThat(form.decimal("amount")).isNull();
        assertThat(form.decimal("other")).isNull();
        assertThat(form.decimal("grouped")).isEqualTo(new BigDecimal("1250.00"));
        assertThat(form.error("amount")).isEqualTo("geen bedrag; schrijf bijvoorbeeld 1.234,56 of 25,00");
        assertThat(form.error("other")).isEqualTo("kan op twee manieren gelezen worden; schrijf 1234 of 1.234,00 "
                + "voor duizend tweehonderdvierendertig euro, of 1,23 met twee decimalen");
        assertThat(form.error("grouped")).isNull();
        // the form shows again exactly as typed
        assertThat(form.get("amount")).isEqualTo("twenty");
    }

    @Test
    void datesAsTheDateFieldSendsThem() {
        FormInput form = posted("from", "2026-03-14", "to", "14-03-2026", "when", "", "since", "", "day", "7-3-2026",
                "us", "03/14/2026");

        assertThat(form.date("from", true)).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(form.date("to", true)).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(form.date("day", true)).isEqualTo(LocalDate.of(2026, 3, 7));
        assertThat(form.date("us", true)).isNull();
        assertThat(form.error("us")).isEqualTo("geen datum; schrijf bijvoorbeeld 07-12-2026");
        assertThat(form.date("when", true)).isNull();
        assertThat(form.error("when")).isEqualTo("een datum is nodig");
        assertThat(form.date("since", false)).isNull();
        assertThat(form.error("since")).isNull();
        assertThat(FormInput.date("2026-02-30", "x", new HashMap<>(), true)).isNull();
    }

    @Test
    void aChoiceAmongTheValuesOfAnEnum() {
        FormInput form = posted("channel", "CASH", "bad", "cheque", "none", "");

        assertThat(form.choice("channel", Channel.class, "pick a channel")).isEqualTo(Channel.CASH);
        assertThat(form.choice("bad", Channel.class, "pick a channel")).isNull();
        assertThat(form.error("bad")).isEqualTo("pick a channel");
        assertThat(form.choice("none", Channel.class, "pick a channel")).isNull();
        assertThat(form.error("none")).isEqualTo("pick a channel");
    }

    @Test
    void wholeNumbersTextAndCheckboxes() {
        FormInput form = posted("count", "12", "fraction", "1.5", "name", "  Jan  ", "blank", "", "tick", "on",
                "email", "Jan@Example.ORG");

        assertThat(form.whole("count")).isEqualTo(12);
        assertThat(form.whole("fraction")).isNull();
        assertThat(form.error("fraction")).isEqualTo("geen heel getal; schrijf bijvoorbeeld 12");
        assertThat(form.text("name")).isEqualTo("Jan");
        assertThat(form.text("blank")).isNull();
        assertThat(form.checked("tick")).isTrue();
        assertThat(form.checked("untick")).isFalse();
        assertThat(form.lowerCase("email")).isEqualTo("jan@example.org");
    }

    @Test
    void theFirstReasonOfAFieldStays() {
        FormInput form = FormInput.of(Map.of("amount", "x"));
        form.reject("amount", "first");
        form.reject("amount", "second");

        assertThat(form.error("amount")).isEqualTo("first");
    }

    @Test
    void aPointerNamesTheFieldOfTheForm() {
        assertThat(FormInput.field("#/donorId")).isEqualTo("donorId");
        assertThat(FormInput.field("#/allocations/1/fundCode")).isEqualTo("fundCode1");
        assertThat(FormInput.field("#/allocations/0/amount")).isEqualTo("allocation0");
        assertThat(FormInput.field("#")).isEqualTo("form");
    }

    @Test
    void submitSendsTheBrowserOnOrShowsTheFormAgainWithTheReason() {
        Response done = posted("amount", "5").submit(() -> "/gifts/1", "code", () -> null);
        assertThat(done.getStatus()).isEqualTo(303);
        assertThat(done.getLocation().toString()).endsWith("/gifts/1");

        FormInput broken = posted("amount", "5");
        Response ruleBroken = broken.submit(() -> {
            throw new RuleViolation("#/allocations/0/amount", "does not add up");
        }, "code", () -> null);
        assertThat(ruleBroken.getStatus()).isEqualTo(422);
        assertThat(broken.error("allocation0")).isEqualTo("does not add up");

        FormInput taken = posted("code", "SPRING");
        Response conflict = taken.submit(() -> {
            throw new Conflict("Duplicate code", "SPRING is taken");
        }, "code", () -> null);
        assertThat(conflict.getStatus()).isEqualTo(409);
        assertThat(taken.error("code")).isEqualTo("SPRING is taken");

        FormInput invalid = posted("amount", "x");
        invalid.decimal("amount");
        boolean[] written = {false};
        Response notSent = invalid.submit(() -> {
            written[0] = true;
            return "/gifts/2";
        }, "code", () -> null);
        assertThat(notSent.getStatus()).isEqualTo(422);
        assertThat(written[0]).isFalse();
    }

    @Test
    void aRuleThatNamesItsReasonIsShownInTheLanguageOfTheScreen() {
        FormInput form = posted("amount", "100");
        form.submit(() -> {
            throw new RuleViolation("#/allocations/0/amount", "allocations add up to 90.00, not 100.00",
                    "allocationsSum", new BigDecimal("90.00"), new BigDecimal("1234.50"));
        }, "code", () -> null);
        assertThat(form.error("allocation0")).isEqualTo("de verdeling telt op tot € 90,00, niet tot het bedrag "
                + "€ 1.234,50");

        FormInput closed = posted("month", "3");
        closed.submit(() -> {
            throw new RuleViolation("#/month", "month is closed", "monthClosed");
        }, "code", () -> null);
        assertThat(closed.error("month")).isEqualTo("de maand is al afgesloten");

        FormInput taken = posted("code", "SPRING");
        Response conflict = taken.submit(() -> {
            throw new Conflict("Conflict", "#/code", "code SPRING is taken", "codeTaken", "SPRING");
        }, "form", () -> null);
        assertThat(conflict.getStatus()).isEqualTo(409);
        assertThat(taken.error("code")).isEqualTo("de code SPRING is al in gebruik");
    }

    @Test
    void aReasonTheBundleDoesNotHaveFallsBackToTheEnglishDetail() {
        FormInput form = posted("amount", "100");
        form.submit(() -> {
            throw new RuleViolation("#/amount", "too much", "noSuchReason", 1);
        }, "code", () -> null);
        assertThat(form.error("amount")).isEqualTo("too much");
    }

    private static FormInput posted(String... namesAndValues) {
        MultivaluedHashMap<String, String> posted = new MultivaluedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            posted.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return FormInput.of(posted);
    }
}
