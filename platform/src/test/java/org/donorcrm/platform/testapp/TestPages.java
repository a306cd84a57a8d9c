package org.donorcrm.platform.testapp;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.donorcrm.platform.security.Roles;

/**
 * Screens on the platform's one layout, each open to the roles of its link in crm.nav.links (application.properties):
 * Overview to everyone, Batches to fundraisers and finance, Reports to directors and admins.
 */
@Path("/test")
@Produces(MediaType.TEXT_HTML)
public class TestPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(String heading);
    }

    @GET
    @Path("/page")
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.DIRECTOR, Roles.ADMIN})
    public TemplateInstance overview() {
        return Templates.page("Overview");
    }

    @GET
    @Path("/page/detail")
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.DIRECTOR, Roles.ADMIN})
    public TemplateInstance detail() {
        return Templates.page("Detail");
    }

    @GET
    @Path("/batches")
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE})
    public TemplateInstance batches() {
        return Templates.page("Batches");
    }

    @GET
    @Path("/reports")
    @RolesAllowed({Roles.DIRECTOR, Roles.ADMIN})
    public TemplateInstance reports() {
        return Templates.page("Reports");
    }
}
