package org.donorcrm.platform.donors;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.donorcrm.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.regex.Pattern;

/**
 * Search as you type for a form field that names a donor (the tag {@code chooseDonor}): the donors whose name,
 * e-mail, postcode, city or number holds what the person typed, as radio buttons, so the keyboard alone chooses and
 * nobody types an id. {@code ?name=funderDonorId&search=funderSearch}: the form's field of the chosen id and the
 * field the text is typed in. Only in a service that sets {@code crm.donor-choices.enabled=true} at build time.
 */
@IfBuildProperty(name = "crm.donor-choices.enabled", stringValue = "true")
@Path("/donor-choices")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
public class DonorChoicePages {

    /** A form field's name: letters and digits. */
    private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,39}");

    private final Donors donors;
    private final SecurityIdentity identity;
    private final Template choices;

    public DonorChoicePages(Donors donors, SecurityIdentity identity, @Location("donors/choices.html") Template choices) {
        this.donors = donors;
        this.identity = identity;
        this.choices = choices;
    }

    @GET
    @Operation(hidden = true) // a part of a screen, not an API operation
    public TemplateInstance choices(@QueryParam("name") String name, @QueryParam("search") String search,
                                    @QueryParam("optional") boolean optional, @Context UriInfo uri) {
        String field = name != null && FIELD.matcher(name).matches() ? name : "donorId";
        String searchField = search != null && FIELD.matcher(search).matches() ? search : "donorSearch";
        String typed = uri.getQueryParameters().getFirst(searchField);
        typed = typed == null ? "" : typed.strip();
        return choices.data("found", donors.search(typed, identity)).data("name", field).data("chosen", null)
                .data("typed", typed).data("optional", optional);
    }
}
