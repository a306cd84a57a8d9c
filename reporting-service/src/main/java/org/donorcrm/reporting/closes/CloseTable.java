package org.donorcrm.reporting.closes;

import org.donorcrm.platform.i18n.Formats;
import org.donorcrm.platform.i18n.Languages;
import org.donorcrm.platform.i18n.Texts;
import org.donorcrm.reporting.Msg;
import org.donorcrm.reporting.table.Table;

import java.util.ArrayList;
import java.util.List;

/** A closed month as a table: each KPI value frozen, its changes, live now and the adjustment after close. */
public final class CloseTable {

    private CloseTable() {
    }

    public static Table of(MonthCloses.Close close) {
        Msg msg = Texts.of(Msg.class);
        List<List<Object>> out = new ArrayList<>();
        for (MonthCloses.Value v : close.values()) {
            // the value's own name (totalIncome…) stays as the API and the snapshot name it
            out.add(Table.row(msg.closeKpiName(v.kpi()), v.field(), v.frozen(), v.changeOnPreviousMonth(),
                    v.changeOnPreviousQuarter(), v.live(), v.adjustment()));
        }
        return new Table("close-" + close.year() + "-" + close.month(), msg.closeTableTitle(close.year(),
                close.month(), close.closedBy(), Formats.dateTime(close.closedAt(), Languages.current())),
                List.of(msg.closeKpi(), msg.closeValue(), msg.closeFrozen(), msg.closeChangeMonth(),
                        msg.closeChangeQuarter(), msg.closeLive(), msg.closeAdjustment()), out);
    }
}
