package org.donorcrm.gift.donorlookup;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** donor-service's donor search, as far as choosing a donor on a screen needs it, with the person's own token. */
@Path("/api/v1/donors")
@Produces(MediaType.APPLICATION_JSON)
public interface DonorServiceClient {

    /** What a screen shows of a donor to choose it; the rest of donor-service's answer is ignored, never stored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record DonorCard(String id, Long number, String displayName, String postcode, String city, String email) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DonorCards(List<DonorCard> items, long total) {
    }

    /**
     * Donors whose name, e-mail, postcode or city holds {@code q}, or whose number it is; counted only up to
     * {@code countUpTo} (whether there are more than a screen shows), which keeps the search fast at any size.
     */
    @GET
    DonorCards search(@QueryParam("q") String q, @QueryParam("size") int size,
                      @QueryParam("countUpTo") int countUpTo, @HeaderParam("Authorization") String authorization);

    /** The donors among {@code ids} (comma-separated, at most 100). */
    @GET
    DonorCards byIds(@QueryParam("ids") String ids, @QueryParam("size") int size,
                     @HeaderParam("Authorization") String authorization);
}
