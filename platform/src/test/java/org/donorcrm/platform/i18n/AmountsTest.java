package org.donorcrm.platform.i18n;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Typed amounts are read one way on every form and in every file, and what could be read two ways is refused. */
class AmountsTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "1.234,56      | 1234.56",
            "1234,56       | 1234.56",
            "1234.56       | 1234.56",
            "1,234.56      | 1234.56",
            "€ 1.234,56    | 1234.56",
            "€1234         | 1234",
            "25,5          | 25.5",
            "0,01          | 0.01",
            "-12,50        | -12.50",
            "1.234.567,89  | 1234567.89",
            "1,234,567.89  | 1234567.89",
            "1.234.567     | 1234567",
            "12 345,00     | 12345.00",
            "1234          | 1234",
            "12,34         | 12.34",
    })
    void readsWhatPeopleWrite(String typed, String amount) {
        assertThat(Amounts.parse(typed)).contains(new BigDecimal(amount));
    }

    /** A thousand and more, or one and a bit? Nobody books a thousand times too much or too little. */
    @ParameterizedTest
    @ValueSource(strings = {"1.234", "1,234", "12,345", "12.500", "999,999", "-1.000"})
    void refusesWhatCanBeReadTwoWays(String typed) {
        assertThatThrownBy(() -> Amounts.parse(typed)).isInstanceOf(Amounts.NotAnAmount.class)
                .extracting(e -> ((Amounts.NotAnAmount) e).key()).isEqualTo("amountAmbiguous");
    }

    @ParameterizedTest
    @ValueSource(strings = {"twenty", "1,2345", "12.34.56", "1.23,4", "1,234.5.6", "1.234,567", "--5",
            "12,", ",50", "1e3", "0x10", "12.3,45"})
    void refusesWhatIsNoAmount(String typed) {
        assertThatThrownBy(() -> Amounts.parse(typed)).isInstanceOf(Amounts.NotAnAmount.class)
                .extracting(e -> ((Amounts.NotAnAmount) e).key()).isEqualTo("amountInvalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "€"})
    void nothingTypedIsNoAmountAndNoMistake(String typed) {
        assertThat(Amounts.parse(typed)).isEmpty();
        assertThat(Amounts.parse(null)).isEmpty();
    }
}
