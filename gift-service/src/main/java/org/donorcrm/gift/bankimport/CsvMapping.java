package org.donorcrm.gift.bankimport;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which column of an online-donation export holds what. {@code date}, {@code amount} and {@code reference} (the
 * provider's transaction id, which makes a re-import add nothing) are required; the others help matching.
 */
public record CsvMapping(String source, String account, String date, String amount, String reference,
                         String donorId, String iban, String name, String description, String dateFormat,
                         Character delimiter) {

    /** The mapped columns by the field they fill, required ones first; absent optional ones left out. */
    Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("date", date);
        columns.put("amount", amount);
        columns.put("reference", reference);
        if (donorId != null) {
            columns.put("donorId", donorId);
        }
        if (iban != null) {
            columns.put("iban", iban);
        }
        if (name != null) {
            columns.put("name", name);
        }
        if (description != null) {
            columns.put("description", description);
        }
        return columns;
    }
}
