package org.donorcrm.reporting.figures;

import org.donorcrm.reporting.period.Period;

import java.math.BigDecimal;

/** Income of a period per earmark class, exact to the cent. */
public record IncomeByEarmark(Period period, BigDecimal unearmarked, BigDecimal programme, BigDecimal project) {

    public BigDecimal total() {
        return unearmarked.add(programme).add(project);
    }
}
