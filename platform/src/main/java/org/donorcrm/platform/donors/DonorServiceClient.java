package org.donorcrm.platform.donors;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** donor-service's donor search, as far as a screen of another service shows or chooses donors. */
@Path("/api/v1/donors")
@Produces(MediaType.APPLICATION_JSON)
public interface DonorServiceClient {

    /** What a screen shows of a donor to choose it; the rest of donor-service's answer is ignored, never stored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Card(String id, Long number, String kind, String displayName, String postcode, String city) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Cards(List<Card> items, long total) {
    }

    /** A donor's number and kind: what donor-service shows of a donor to every role. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Reference(String id, Long number, String kind) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record References(List<Reference> items) {
    }

    /** Donors whose name, e-mail, postcode, city or number holds {@code q}, counted up to {@code countUpTo}. */
    @GET
    Cards search(@QueryParam("q") String q, @QueryParam("size") int size, @QueryParam("countUpTo") int countUpTo,
                 @HeaderParam("Authorization") String authorization);

    /** The donors among {@code ids} (comma-separated, at most 100), for the roles that may see personal data. */
    @GET
    Cards byIds(@QueryParam("ids") String ids, @QueryParam("size") int size,
                @HeaderParam("Authorization") String authorization);

    /** Number and kind of the donors among {@code ids} (at most 100), for every role. */
    @GET
    @Path("/references")
    References references(@QueryParam("ids") String ids, @HeaderParam("Authorization") String authorization);
}
