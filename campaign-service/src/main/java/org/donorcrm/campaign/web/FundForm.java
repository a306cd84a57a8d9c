package org.donorcrm.campaign.web;

import jakarta.ws.rs.core.MultivaluedMap;
import org.donorcrm.campaign.Fund;

/** The fund form's fields as typed, so a rejected form is shown again as it was sent. */
public record FundForm(String code, String name, String earmarkClass, String activeFrom, String activeTo,
                       String funderDonorId) {

    static FundForm empty() {
        return new FundForm("", "", "PROJECT", "", "", "");
    }

    static FundForm of(Fund fund) {
        return new FundForm(fund.code, fund.name, fund.earmarkClass.name(), fund.activeFrom.toString(),
                fund.activeTo == null ? "" : fund.activeTo.toString(),
                fund.funderDonorId == null ? "" : fund.funderDonorId);
    }

    static FundForm of(MultivaluedMap<String, String> data) {
        return new FundForm(field(data, "code"), field(data, "name"), field(data, "earmarkClass"),
                field(data, "activeFrom"), field(data, "activeTo"), field(data, "funderDonorId"));
    }

    private static String field(MultivaluedMap<String, String> data, String name) {
        String value = data.getFirst(name);
        return value == null ? "" : value.strip();
    }
}
