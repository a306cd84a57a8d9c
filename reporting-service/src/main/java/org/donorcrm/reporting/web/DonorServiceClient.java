package org.donorcrm.reporting.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** donor-service's API as far as the screens need it: a donor's display name, read with the viewer's own token. */
@Path("/api/v1/donors")
@Produces(MediaType.APPLICATION_JSON)
public interface DonorServiceClient {

    /** The part of donor-service's DonorResponse used here; the rest of it is ignored, never stored. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record DonorName(String id, String displayName) {
    }

    @GET
    @Path("/{id}")
    DonorName donor(@PathParam("id") String id, @HeaderParam("Authorization") String authorization);
}
