package org.donorcrm.gift.donorlookup;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.donorcrm.platform.security.Roles;

/**
 * Search as you type for a form that records money for a donor: the person types part of a name, e-mail, postcode or
 * city and chooses among the donors found (radio buttons, so the keyboard alone chooses). Nobody types an id.
 */
@Path("/gifts/donor-search")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE})
public class DonorSearchPages {

    @CheckedTemplate
    public static class Templates {
        public static native TemplateInstance options(DonorDirectory.Found found, String chosen, String typed);
    }

    private final DonorDirectory directory;
    private final SecurityIdentity identity;

    public DonorSearchPages(DonorDirectory directory, SecurityIdentity identity) {
        this.directory = directory;
        this.identity = identity;
    }

    /** The donors matching what is typed in the field {@code donorSearch}, as choices. */
    @GET
    @org.eclipse.microprofile.openapi.annotations.Operation(hidden = true) // a part of a screen, not an API operation
    public TemplateInstance options(@QueryParam("donorSearch") String typed) {
        return Templates.options(directory.search(typed, identity), null, typed == null ? "" : typed.strip());
    }
}
