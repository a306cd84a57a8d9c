package org.donorcrm.gift.donorlookup;

import io.quarkus.qute.CheckedTemplate;
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

import java.util.regex.Pattern;

/**
 * Search as you type for a form that records money for a donor, or a list filtered by donor: the person types part
 * of a name, e-mail, postcode or city and chooses among the donors found (radio buttons, so the keyboard alone
 * chooses). Nobody types an id.
 * A form with one donor searches with its field {@code donorSearch} and chooses {@code donorId}; a form of several
 * lines (batch entry) asks with {@code ?line=3}, searches with {@code donorSearch3} and chooses {@code donorId3}.
 */
@Path("/gifts/donor-search")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN}) // admin: the mandate list's filter by donor
public class DonorSearchPages {

    @CheckedTemplate
    public static class Templates {
        public static native TemplateInstance options(DonorDirectory.Found found, String chosen, String typed,
                                                      String line);
    }

    /** The line of a form of several lines: its number from 0 (anything else is the form with one donor). */
    private static final Pattern LINE = Pattern.compile("[0-9]{1,3}");

    private final DonorDirectory directory;
    private final SecurityIdentity identity;

    public DonorSearchPages(DonorDirectory directory, SecurityIdentity identity) {
        this.directory = directory;
        this.identity = identity;
    }

    /** The donors matching what is typed in the field {@code donorSearch} (of the line, if any), as choices. */
    @GET
    @org.eclipse.microprofile.openapi.annotations.Operation(hidden = true) // a part of a screen, not an API operation
    public TemplateInstance options(@QueryParam("line") String line, @Context UriInfo uri) {
        String suffix = line != null && LINE.matcher(line).matches() ? line : "";
        String typed = uri.getQueryParameters().getFirst("donorSearch" + suffix);
        return Templates.options(directory.search(typed, identity), null, typed == null ? "" : typed.strip(), suffix);
    }
}
