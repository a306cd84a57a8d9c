package org.donorcrm.reporting.figures;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.donorcrm.platform.http.InvalidInput;
import org.donorcrm.platform.http.Problem;
import org.donorcrm.reporting.period.Period;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The query of a LYBUNT or SYBUNT list: as of a date (default today, Europe/Amsterdam), paged. */
public class LapsedParams {

    @QueryParam("asOf")
    @Pattern(regexp = "[0-9]{4}-[0-9]{2}-[0-9]{2}", message = "must be a date YYYY-MM-DD")
    public String asOf;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    public int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(1)
    @Max(500)
    public int size;

    LocalDate asOfDate() {
        if (asOf == null) {
            return Period.today();
        }
        try {
            return LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(List.of(new Problem.FieldError("#/asOf", "must be a date YYYY-MM-DD",
                    "dateInvalid", List.of())));
        }
    }
}
