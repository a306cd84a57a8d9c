package org.donorcrm.donor.contact;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.donorcrm.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/donors/{donorId}/contact-persons")
@Tag(name = "Contact persons")
@SecurityRequirement(name = "SecurityScheme")
public class ContactPersonResource {

    public record ContactPersonRequest(@NotBlank @Size(max = 200) String name, @Size(max = 100) String role,
                                       @Email @Size(max = 254) String email,
                                       @Size(max = 30) @Pattern(regexp = "\\+?[0-9 ()-]{6,29}",
                                               message = "must be a phone number") String phone) {
    }

    private final ContactPersonService contacts;
    private final SecurityIdentity identity;

    public ContactPersonResource(ContactPersonService contacts, SecurityIdentity identity) {
        this.contacts = contacts;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "Add a contact person to an organisation", description = "Roles: fundraiser, finance, "
            + "admin. 422 when the donor is an individual.")
    public Response add(@PathParam("donorId") String donorId, @Valid @NotNull ContactPersonRequest request) {
        ContactPerson contact = contacts.add(donorId, request.name(), request.role(), request.email(),
                request.phone(), identity.getPrincipal().getName());
        return Response.status(201).entity(ContactPersonResponse.of(contact)).build();
    }

    @GET
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "The contact persons of an organisation", description = "Roles: fundraiser, finance, admin.")
    public List<ContactPersonResponse> list(@PathParam("donorId") String donorId) {
        return contacts.of(donorId).stream().map(ContactPersonResponse::of).toList();
    }
}
