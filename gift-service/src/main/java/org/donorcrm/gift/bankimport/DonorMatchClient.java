package org.donorcrm.gift.bankimport;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Map;

/**
 * donor-service's donor lookup for the bank matching, asked with gift-service's own service token (role
 * {@code donor-lookup}): the IBANs travel in the body, never in the URL.
 */
@Path("/api/v1/donor-lookup")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface DonorMatchClient {

    /** Up to 500 IBANs (electronic form) and 500 donor numbers. */
    record Request(List<String> ibans, List<Long> numbers) {
    }

    /** The active holders per IBAN (only those held) and the active donor per number (only those known). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Answer(Map<String, List<String>> holders, Map<Long, String> donors) {
    }

    @POST
    Answer lookup(Request request, @HeaderParam("Authorization") String authorization);
}
