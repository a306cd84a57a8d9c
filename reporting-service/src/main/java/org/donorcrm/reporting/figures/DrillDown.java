package org.donorcrm.reporting.figures;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.donorcrm.reporting.ledger.AllocationQuery;
import org.donorcrm.reporting.period.Period;

/**
 * The drill-down to the ledger rows behind a figure: the filters of the figures that have one (what the API's
 * {@code allocations} links and the dashboard's tiles add to the period), and the allocations screen's and its
 * export's query parameters.
 */
public class DrillDown {

    /** Figures 1 and 2: the unearmarked income. */
    public static final String UNEARMARKED = "&earmarkClass=UNEARMARKED";
    /** Figure 3: the income of individual donors. */
    public static final String PRIVATE_DONORS = "&donorKind=INDIVIDUAL";
    /** Figure 4: the unearmarked income of institutional donors. */
    public static final String INSTITUTIONAL = "&earmarkClass=UNEARMARKED&institutional=true";

    @QueryParam("earmarkClass")
    @Pattern(regexp = "UNEARMARKED|PROGRAMME|PROJECT", message = "must be an earmark class")
    public String earmarkClass;
    @QueryParam("incomeCategory")
    @Pattern(regexp = "[A-Z_]{1,30}", message = "must be an income category")
    public String incomeCategory;
    @QueryParam("donorKind")
    @Pattern(regexp = "[A-Z_]{1,30}", message = "must be a donor kind")
    public String donorKind;
    @QueryParam("institutional")
    @Pattern(regexp = "true|false", message = "must be true or false")
    public String institutional;
    @QueryParam("campaignId")
    @Pattern(regexp = "[0-9a-f-]{36}", message = "must be a UUID")
    public String campaignId;
    @QueryParam("donorId")
    @Pattern(regexp = "[0-9a-f-]{36}", message = "must be a UUID")
    public String donorId;
    @QueryParam("fundCode")
    @Pattern(regexp = "[A-Z0-9-]{1,30}", message = "must be a fund code")
    public String fundCode;
    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    public int page;
    @QueryParam("size")
    @DefaultValue("100")
    @Min(1)
    @Max(1000)
    public int size;

    public AllocationQuery.Filter filter(Period period) {
        return new AllocationQuery.Filter(period, earmarkClass, incomeCategory, donorKind,
                institutional == null ? null : Boolean.valueOf(institutional), campaignId, donorId, fundCode);
    }

    /** The filters as query parameters, each after an {@code &}. */
    public String query() {
        StringBuilder q = new StringBuilder();
        append(q, "earmarkClass", earmarkClass);
        append(q, "incomeCategory", incomeCategory);
        append(q, "donorKind", donorKind);
        append(q, "institutional", institutional);
        append(q, "campaignId", campaignId);
        append(q, "donorId", donorId);
        append(q, "fundCode", fundCode);
        return q.toString();
    }

    private static void append(StringBuilder q, String name, String value) {
        if (value != null) {
            q.append('&').append(name).append('=').append(value);
        }
    }
}
