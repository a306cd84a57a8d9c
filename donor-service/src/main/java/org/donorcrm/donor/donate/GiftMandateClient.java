package org.donorcrm.donor.donate;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * gift-service's {@code POST /api/v1/mandates}, asked with donor-service's own service token (role
 * {@code mandate-signup}): the IBAN travels in the body, never in the URL.
 */
@Path("/api/v1/mandates")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface GiftMandateClient {

    /** The mandate as gift-service takes it; amounts as decimal strings ("10.00"), dates as ISO dates. */
    record MandateRequest(String donorId, String reference, LocalDate signatureDate, String debtorName,
                          String debtorIban, BigDecimal amount, String frequency, LocalDate firstCollectionDate,
                          String campaignId, String appealId) {
    }

    @POST
    Response sign(MandateRequest request, @HeaderParam("Authorization") String authorization);
}
