package org.donorcrm.gift.gift;

import jakarta.ws.rs.core.MultivaluedMap;

import java.util.ArrayList;
import java.util.List;

/**
 * The gift entry form as typed, kept as strings so that a form with errors is shown again exactly as it was
 * entered. Up to {@link #ROWS} allocation rows (fund code and amount).
 */
public record GiftForm(String donorId, String donorSearch, String amount, String incomeDate, String receivedDate,
                       String channel, String campaignId, String description, List<Row> rows) {

    public static final int ROWS = 5;

    public record Row(String fundCode, String amount) {
    }

    public static GiftForm empty(String donorId, String today) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("ALG", ""));
        for (int i = 1; i < ROWS; i++) {
            rows.add(new Row("", ""));
        }
        return new GiftForm(donorId == null ? "" : donorId, "", "", today, "", "BANK_TRANSFER", "", "", rows);
    }

    public static GiftForm of(MultivaluedMap<String, String> form) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            rows.add(new Row(value(form, "fundCode" + i), value(form, "allocation" + i)));
        }
        return new GiftForm(value(form, "donorId"), value(form, "donorSearch"), value(form, "amount"),
                value(form, "incomeDate"),
                value(form, "receivedDate"), value(form, "channel"), value(form, "campaignId"),
                value(form, "description"), rows);
    }

    private static String value(MultivaluedMap<String, String> form, String name) {
        String v = form.getFirst(name);
        return v == null ? "" : v.trim();
    }
}
