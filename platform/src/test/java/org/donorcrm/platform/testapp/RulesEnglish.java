package org.donorcrm.platform.testapp;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

@Localized("en")
public interface RulesEnglish extends Rules {

    @Override
    @Message("the allocations add up to {sum.money}, not to the amount {amount.money}")
    String allocationsSum(java.math.BigDecimal sum, java.math.BigDecimal amount);

    @Override
    @Message("the month is closed already")
    String monthClosed();

    @Override
    @Message("the code {code} is taken")
    String codeTaken(String code);
}
