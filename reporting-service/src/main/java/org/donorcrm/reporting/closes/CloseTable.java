package org.donorcrm.reporting.closes;

import org.donorcrm.reporting.table.Table;

import java.util.ArrayList;
import java.util.List;

/** A closed month as a table: each KPI value frozen, its changes, live now and the adjustment after close. */
public final class CloseTable {

    private CloseTable() {
    }

    public static Table of(MonthCloses.Close close) {
        List<List<Object>> out = new ArrayList<>();
        for (MonthCloses.Value v : close.values()) {
            out.add(Table.row(v.kpi(), v.field(), v.frozen(), v.changeOnPreviousMonth(), v.changeOnPreviousQuarter(),
                    v.live(), v.adjustment()));
        }
        return new Table("close-" + close.year() + "-" + close.month(), "Close of " + close.year() + "-"
                + close.month() + " by " + close.closedBy() + " at " + close.closedAt(),
                List.of("KPI", "Value", "Frozen at close", "Change on previous month", "Change on previous quarter",
                        "Live now", "Adjustment after close"), out);
    }
}
