package org.donorcrm.platform.testapp;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.donorcrm.platform.i18n.Texts;

import java.math.BigDecimal;

/** The test application's reasons for broken rules, as a service has them: bundle {@code rules}, Dutch first. */
@MessageBundle(value = Texts.RULES, locale = "nl")
public interface Rules {

    @Message("de verdeling telt op tot {sum.money}, niet tot het bedrag {amount.money}")
    String allocationsSum(BigDecimal sum, BigDecimal amount);

    @Message("de maand is al afgesloten")
    String monthClosed();

    @Message("de code {code} is al in gebruik")
    String codeTaken(String code);
}
