package org.donorcrm.donor.donor;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.donorcrm.platform.http.InvalidInput;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/**
 * The search filters shared by the donor list and its CSV export. Taken as text and checked here, because a
 * query parameter JAX-RS cannot convert would answer 404 instead of naming the parameter.
 */
public class DonorFilters {

    private static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

    @QueryParam("q")
    @Size(max = 100)
    public String q;

    @QueryParam("kind")
    @Pattern(regexp = "INDIVIDUAL|COMPANY|FOUNDATION|GOVERNMENT|EU_INSTITUTION|LOTTERY|AFFILIATED_NONPROFIT"
            + "|OTHER_NONPROFIT", message = "must be a donor kind")
    public String kind;

    @QueryParam("tag")
    @Size(max = 40)
    public String tag;

    @QueryParam("owner")
    @Size(max = 100)
    public String owner;

    @QueryParam("lastGiftFrom")
    @Pattern(regexp = DATE, message = "must be a date such as 2026-01-31")
    public String lastGiftFrom;

    @QueryParam("lastGiftTo")
    @Pattern(regexp = DATE, message = "must be a date such as 2026-01-31")
    public String lastGiftTo;

    /** CHANNEL/PURPOSE, e.g. EMAIL/NEWSLETTER: consent granted now, and not do-not-contact. */
    @QueryParam("consent")
    @Pattern(regexp = "(POST|EMAIL|PHONE)/(FUNDRAISING|NEWSLETTER)", message = "must be like EMAIL/NEWSLETTER")
    public String consent;

    /** Up to {@value #MAX_IDS} donor ids separated by commas: those donors only (merged and erased ones are not listed). */
    @QueryParam("ids")
    @Pattern(regexp = Patterns.UUID_LIST_100,
            message = "must be 1 to 100 donor ids separated by commas")
    public String ids;

    static final int MAX_IDS = 100;

    DonorSearch.Criteria criteria() {
        String[] consentParts = consent == null ? new String[] {null, null} : consent.split("/");
        return new DonorSearch.Criteria(q, kind == null ? null : DonorKind.valueOf(kind), tag, owner,
                date("lastGiftFrom", lastGiftFrom), date("lastGiftTo", lastGiftTo),
                consentParts[0] == null ? null : ConsentChannel.valueOf(consentParts[0]),
                consentParts[1] == null ? null : ConsentPurpose.valueOf(consentParts[1]),
                ids == null ? null : Arrays.stream(ids.split(",")).map(id -> id.toLowerCase(Locale.ROOT)).distinct()
                        .toList());
    }

    private static LocalDate date(String name, String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInput("#/" + name, "must be a date such as 2026-01-31");
        }
    }
}
