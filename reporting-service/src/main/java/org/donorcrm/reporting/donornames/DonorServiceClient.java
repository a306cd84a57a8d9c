package org.donorcrm.reporting.donornames;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * donor-service's API as far as the screens need it: the display names of a page of donors, read in one call with
 * the viewer's own token.
 */
@Path("/api/v1/donors")
@Produces(MediaType.APPLICATION_JSON)
public interface DonorServiceClient {

    /** The part of donor-service's DonorResponse used here; the rest of it is ignored, never stored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record DonorName(String id, Long number, String displayName) {
    }

    /** The part of donor-service's PageResponse used here. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record DonorNamePage(List<DonorName> items) {
    }

    /** A donor's number and kind: what donor-service shows of a donor to every role. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record DonorReference(String id, Long number, String kind) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DonorReferences(List<DonorReference> items) {
    }

    /** Number and kind of the donors among {@code ids} (comma-separated, at most 100), for any role. */
    @GET
    @Path("/references")
    DonorReferences references(@QueryParam("ids") String ids, @HeaderParam("Authorization") String authorization);

    /** The active donors among {@code ids} (comma-separated, at most 100); merged and erased ones are not listed. */
    @GET
    DonorNamePage donors(@QueryParam("ids") String ids, @QueryParam("size") int size,
                         @HeaderParam("Authorization") String authorization);
}
