package org.donorcrm.donor.duplicate;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.donorcrm.donor.donor.Donor;
import org.donorcrm.donor.donor.DonorRepository;
import org.donorcrm.platform.security.Roles;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The duplicates review for fundraisers and admins: the open pairs with why they may be the same donor, a
 * field-by-field merge into the first of the pair, and "not the same donor".
 */
@Path("/duplicates")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.FUNDRAISER, Roles.ADMIN})
public class DuplicatePages {

    /** One pair of the review: the pair, why, and the two donors whose fields are chosen between. */
    public record Pair(String id, List<String> reasons, Donor a, Donor b) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance duplicates(List<Pair> pairs, long total);
    }

    private static final int PAGE_SIZE = 50;

    private final DuplicateReview review;
    private final MergeService merges;
    private final DonorRepository donors;
    private final SecurityIdentity identity;

    public DuplicatePages(DuplicateReview review, MergeService merges, DonorRepository donors,
                          SecurityIdentity identity) {
        this.review = review;
        this.merges = merges;
        this.donors = donors;
        this.identity = identity;
    }

    @GET
    public TemplateInstance duplicates() {
        DuplicateReview.Listing listing = review.open(0, PAGE_SIZE);
        List<Pair> pairs = listing.items().stream()
                .map(c -> new Pair(c.id, List.of(c.reasons.split(",")), donors.existing(c.donorA),
                        donors.existing(c.donorB)))
                .toList();
        return Templates.duplicates(pairs, listing.total());
    }

    @POST
    @Path("merge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response merge(MultivaluedMap<String, String> form) {
        String survivor = form.getFirst("survivorId");
        String merged = form.getFirst("mergedId");
        Map<String, MergeChoice> choices = new HashMap<>();
        for (String field : MergeService.CHOOSABLE) {
            if ("MERGED".equals(form.getFirst("choice." + field))) {
                choices.put(field, MergeChoice.MERGED);
            }
        }
        merges.merge(survivor, merged, choices, user());
        return Response.seeOther(URI.create("/donors/" + survivor)).build();
    }

    @POST
    @Path("{id}/dismissal")
    public Response dismiss(@PathParam("id") String id) {
        review.dismiss(id, user());
        return Response.seeOther(URI.create("/duplicates")).build();
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
