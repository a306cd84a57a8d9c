package org.donorcrm.campaign.campaign;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.donorcrm.platform.security.Roles;

import java.util.List;

/**
 * The campaign screens: the list of campaigns, and a campaign's page with its appeals, their live results, a
 * chart of progress to goal and the costs booked. Read-only; changes go through the API.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.DIRECTOR, Roles.ADMIN})
public class CampaignPages {

    private static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Campaign> campaigns, long total, int page, boolean hasMore);

        static native TemplateInstance campaign(Campaign campaign, CampaignResults.WithAppeals results,
                                                List<CampaignCost> costs, String chart);
    }

    private final CampaignService campaigns;
    private final CampaignResults results;

    public CampaignPages(CampaignService campaigns, CampaignResults results) {
        this.campaigns = campaigns;
        this.results = results;
    }

    @GET
    public TemplateInstance list(@QueryParam("page") @DefaultValue("0") int page) {
        int p = Math.max(page, 0);
        var found = campaigns.campaigns(null);
        long total = found.count();
        return Templates.list(found.page(p, PAGE_SIZE).list(), total, p, (long) (p + 1) * PAGE_SIZE < total);
    }

    @GET
    @Path("campaigns")
    public TemplateInstance campaigns(@QueryParam("page") @DefaultValue("0") int page) {
        return list(page);
    }

    @GET
    @Path("campaigns/{id}")
    public TemplateInstance campaign(@PathParam("id") String id) {
        Campaign campaign = campaigns.get(id);
        CampaignResults.WithAppeals figures = results.of(id);
        return Templates.campaign(campaign, figures, campaigns.costsOf(id), ProgressChart.of(figures));
    }
}
