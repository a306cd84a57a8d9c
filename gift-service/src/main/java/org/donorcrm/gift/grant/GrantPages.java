package org.donorcrm.gift.grant;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.donorcrm.gift.donorlookup.DonorChoice;
import org.donorcrm.gift.donorlookup.DonorDirectory;
import org.donorcrm.platform.donors.DonorShown;
import org.donorcrm.gift.replica.FundReplica;
import org.donorcrm.gift.replica.OpenFunds;
import org.donorcrm.platform.security.Roles;
import org.donorcrm.platform.web.FormInput;
import org.donorcrm.platform.web.Page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Grants and pledges of institutional funders: the list with the reporting deadlines coming up, one grant with
 * its instalments (finance marks one received: a gift to the grant's fund) and committing a new grant. Writes
 * through {@link GrantService}; reads through {@link GrantResource}'s read methods, so the outstanding balance,
 * overhead and instalment status are the API's.
 */
@Path("/grants")
@Produces(MediaType.TEXT_HTML)
public class GrantPages {

    static final int INSTALMENT_ROWS = 8;
    static final int DEADLINE_ROWS = 4;
    private static final int DEADLINE_WINDOW_DAYS = 90;
    private static final Pattern ROW_PATH = Pattern.compile("(instalments|deadlines)\\[(\\d+)]\\.(\\w+)");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page<GrantResource.GrantResponse> grants,
                                            List<GrantResource.DeadlineResponse> deadlines, int window,
                                            Map<String, DonorShown> names);

        static native TemplateInstance grant(GrantResource.GrantResponse grant, FormInput form, DonorShown funder);

        static native TemplateInstance form(FormInput form, List<FundReplica> funds, List<Integer> instalmentRows,
                                            List<Integer> deadlineRows, DonorDirectory.Found funder);
    }

    private final GrantService grants;
    private final GrantResource api;
    private final OpenFunds openFunds;
    private final Validator validator;
    private final SecurityIdentity identity;
    private final DonorDirectory donors;

    public GrantPages(GrantService grants, GrantResource api, OpenFunds openFunds, Validator validator,
                      SecurityIdentity identity, DonorDirectory donors) {
        this.grants = grants;
        this.api = api;
        this.openFunds = openFunds;
        this.validator = validator;
        this.identity = identity;
        this.donors = donors;
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.FUNDRAISER, Roles.DIRECTOR, Roles.ADMIN})
    public TemplateInstance list(@QueryParam("page") @DefaultValue("0") int page) {
        Page<GrantResource.GrantResponse> shown = api.list(null, Math.max(page, 0), 50);
        // the funders by name as donor-service shows them to this person (none for a director)
        return Templates.list(shown, api.deadlines(DEADLINE_WINDOW_DAYS), DEADLINE_WINDOW_DAYS,
                donors.names(shown.items().stream().map(GrantResource.GrantResponse::donorId).toList(), identity));
    }

    @GET
    @Path("new")
    @RolesAllowed(Roles.FINANCE)
    public TemplateInstance newGrant(@QueryParam("donorId") String donorId) {
        return form(FormInput.of(Map.of("donorId", donorId == null ? "" : donorId, "overheadPercentage", "0.00",
                "grantKey", UUID.randomUUID().toString())));
    }

    @POST
    @RolesAllowed(Roles.FINANCE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response commit(MultivaluedMap<String, String> posted) {
        FormInput form = FormInput.of(posted);
        DonorChoice.chosen(form, "donorId");
        List<Integer> instalmentRows = new ArrayList<>();
        List<GrantResource.InstalmentRequest> instalments = new ArrayList<>();
        for (int i = 0; i < INSTALMENT_ROWS; i++) {
            if (!form.get("instalmentDate" + i).isEmpty() || !form.get("instalmentAmount" + i).isEmpty()) {
                instalmentRows.add(i);
                instalments.add(new GrantResource.InstalmentRequest(form.date("instalmentDate" + i, true),
                        form.decimal("instalmentAmount" + i)));
            }
        }
        List<Integer> deadlineRows = new ArrayList<>();
        List<GrantResource.DeadlineRequest> deadlines = new ArrayList<>();
        for (int i = 0; i < DEADLINE_ROWS; i++) {
            if (!form.get("deadlineDate" + i).isEmpty() || !form.get("deadlineText" + i).isEmpty()) {
                deadlineRows.add(i);
                deadlines.add(new GrantResource.DeadlineRequest(form.date("deadlineDate" + i, true),
                        form.text("deadlineText" + i)));
            }
        }
        var r = new GrantResource.GrantRequest(form.get("donorId"), form.text("title"), form.text("funderReference"),
                form.text("fundCode"), form.decimal("totalAmount"), form.date("startDate", true),
                form.date("endDate", true), form.decimal("overheadPercentage"), instalments, deadlines);
        for (ConstraintViolation<GrantResource.GrantRequest> v : validator.validate(r)) {
            form.reject(rowField(v.getPropertyPath().toString(), instalmentRows, deadlineRows), v.getMessage());
        }
        String key = form.text("grantKey");
        return form.submit(() -> {
            var earlier = grants.previouslyCommitted(key);
            if (earlier.isPresent()) {
                return "/grants/" + earlier.get().id;
            }
            return "/grants/" + grants.commit(new GrantService.NewGrant(
                    r.donorId().toLowerCase(), r.title(), r.funderReference(), r.fundCode(), r.totalAmount(),
                    r.startDate(), r.endDate(), r.overheadPercentage(),
                    instalments.stream().map(i -> new GrantService.NewGrant.Instalment(i.dueDate(), i.amount()))
                            .toList(),
                    deadlines.stream().map(d -> new GrantService.NewGrant.Deadline(d.dueDate(), d.description()))
                            .toList()), key, identity.getPrincipal().getName()).id;
        }, "form", () -> form(form));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.FINANCE, Roles.FUNDRAISER, Roles.DIRECTOR, Roles.ADMIN})
    public TemplateInstance grant(@PathParam("id") String id) {
        return grantPage(id, FormInput.of(Map.of()));
    }

    /** Finance marks an instalment received: a gift of its amount to the grant's fund. */
    @POST
    @Path("{id}/instalments/{instalmentId}/receipt")
    @RolesAllowed(Roles.FINANCE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response receive(@PathParam("id") String id, @PathParam("instalmentId") String instalmentId,
                            MultivaluedMap<String, String> posted) {
        FormInput form = FormInput.of(posted);
        var incomeDate = form.date("incomeDate", false);
        return form.submit(() -> {
            grants.receive(id, instalmentId, incomeDate, null, identity.getPrincipal().getName());
            return "/grants/" + id;
        }, "form", () -> grantPage(id, form));
    }

    /** "instalments[1].amount" → the form field of that row ("instalmentAmount3" when it was the fourth row). */
    private static String rowField(String path, List<Integer> instalmentRows, List<Integer> deadlineRows) {
        Matcher m = ROW_PATH.matcher(path);
        if (!m.matches()) {
            return path;
        }
        int index = Integer.parseInt(m.group(2));
        if (m.group(1).equals("instalments")) {
            return (m.group(3).equals("dueDate") ? "instalmentDate" : "instalmentAmount") + instalmentRows.get(index);
        }
        return (m.group(3).equals("dueDate") ? "deadlineDate" : "deadlineText") + deadlineRows.get(index);
    }

    /** A grant; its funder as donor-service shows it to this person (by number and kind for a director). */
    private TemplateInstance grantPage(String id, FormInput form) {
        GrantResource.GrantResponse grant = api.get(id);
        return Templates.grant(grant, form, donors.shown(grant.donorId(), identity));
    }

    /** The form; the funder chosen before (a form shown again, or one opened from a funder's page) stays chosen. */
    private TemplateInstance form(FormInput form) {
        return Templates.form(form, openFunds.list(), IntStream.range(0, INSTALMENT_ROWS).boxed().toList(),
                IntStream.range(0, DEADLINE_ROWS).boxed().toList(), donors.chosen(form.get("donorId"), identity));
    }
}
