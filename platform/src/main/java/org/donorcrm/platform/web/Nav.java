package org.donorcrm.platform.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import org.donorcrm.platform.i18n.Languages;
import org.donorcrm.platform.security.Roles;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the one top bar of every screen needs ({@code templates/layout.html} of the platform): the four sections of
 * the product with the address of the service that serves each, only those the signed-in person's role may open,
 * the current one marked, the section's second row of links ({@link NavConfig}), and who is signed in. A role never
 * sees a link it may not follow.
 */
@TemplateExtension(namespace = "nav")
public final class Nav {

    /** A section of the top bar: its name, label (a key of the {@code ui} bundle), address and whether it is shown. */
    public record Section(String name, String label, String url, boolean current) {
    }

    /** A section; {@code adminPath} is where an admin lands when the section's main page is not for admins. */
    private record Entry(String name, String label, String urlKey, Set<String> roles, String adminPath) {

        Entry(String name, String label, String urlKey, Set<String> roles) {
            this(name, label, urlKey, roles, "/");
        }
    }

    private static final List<Entry> SECTIONS = List.of(
            new Entry("donors", "navDonors", "crm.web.donor-url", Set.of(Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN)),
            new Entry("gifts", "navGifts", "crm.web.gift-url",
                    Set.of(Roles.FUNDRAISER, Roles.FINANCE, Roles.DIRECTOR, Roles.ADMIN)),
            new Entry("campaigns", "navCampaigns", "crm.web.campaign-url",
                    Set.of(Roles.FUNDRAISER, Roles.FINANCE, Roles.DIRECTOR, Roles.ADMIN)),
            new Entry("figures", "navFigures", "crm.web.reporting-url",
                    Set.of(Roles.FUNDRAISER, Roles.FINANCE, Roles.DIRECTOR, Roles.ADMIN), "/admin/dead-letters"));
    /** The roles that open a section at its main page; the others (admin) land at the section's admin path. */
    private static final Set<String> MAIN_PAGE_ROLES = Set.of(Roles.FUNDRAISER, Roles.FINANCE, Roles.DIRECTOR);

    private Nav() {
    }

    /**
     * A link of the section's second row: its address, label (a key of the service's {@code msg} bundle) and whether
     * it is the page shown (or its parent).
     */
    public record Link(String path, String label, boolean current) {
    }

    /** The sections the signed-in person may open, in the bar's order. */
    static List<Section> sections() {
        String current = navConfig().section().orElse("");
        List<Section> visible = new ArrayList<>();
        for (Entry entry : SECTIONS) {
            if (entry.roles().stream().anyMatch(Nav::has)) {
                boolean here = entry.name().equals(current);
                boolean main = entry.adminPath().equals("/") || MAIN_PAGE_ROLES.stream().anyMatch(Nav::has);
                String path = main ? "/" : entry.adminPath();
                visible.add(new Section(entry.name(), entry.label(), (here ? "" : config(entry.urlKey())) + path,
                        here));
            }
        }
        return visible;
    }

    /** The links of this service's second row that the signed-in person may follow; the current one marked. */
    static List<Link> links() {
        String path = currentPath();
        List<Link> visible = new ArrayList<>();
        for (NavConfig.Link link : navConfig().links().orElse(List.of())) {
            if (link.roles().stream().anyMatch(Nav::has)) {
                boolean here = link.path().equals("/") ? path.equals("/")
                        : path.equals(link.path()) || path.startsWith(link.path() + "/");
                visible.add(new Link(link.path(), link.label(), here));
            }
        }
        return visible;
    }

    /** The page shown, with its query, URL-encoded: where the language switch comes back to. */
    static String back() {
        return java.net.URLEncoder.encode(here(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String here() {
        CurrentVertxRequest request = Arc.container().instance(CurrentVertxRequest.class).get();
        if (request == null || request.getCurrent() == null) {
            return "/";
        }
        String query = request.getCurrent().request().query();
        return request.getCurrent().normalizedPath() + (query == null || query.isEmpty() ? "" : "?" + query);
    }

    /** The language the page is shown in ("nl" or "en"). */
    static String lang() {
        return Languages.code(Languages.current());
    }

    /** The language the top bar offers to switch to. */
    static String otherLang() {
        return Languages.other(Languages.current());
    }

    /** The address of another service's screens (e.g. {@code nav:url('crm.web.donor-url')}). */
    static String url(String key) {
        return config(key);
    }

    static String donorUrl() {
        return config("crm.web.donor-url");
    }

    static String giftUrl() {
        return config("crm.web.gift-url");
    }

    static String campaignUrl() {
        return config("crm.web.campaign-url");
    }

    static String reportingUrl() {
        return config("crm.web.reporting-url");
    }

    /** The signed-in person's user name, or "" when nobody is. */
    static String user() {
        SecurityIdentity identity = identity();
        return identity == null || identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    /** Whether the signed-in person holds one of these roles, given as a comma-separated list. */
    static boolean hasAny(String roles) {
        for (String role : roles.split(",")) {
            if (has(role.trim())) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(String role) {
        SecurityIdentity identity = identity();
        return identity != null && !identity.isAnonymous() && identity.hasRole(role);
    }

    private static NavConfig navConfig() {
        return Arc.container().instance(NavConfig.class).get();
    }

    private static String currentPath() {
        CurrentVertxRequest request = Arc.container().instance(CurrentVertxRequest.class).get();
        return request == null || request.getCurrent() == null ? "" : request.getCurrent().normalizedPath();
    }

    private static SecurityIdentity identity() {
        return Arc.container().instance(SecurityIdentity.class).get();
    }

    private static String config(String key) {
        return ConfigProvider.getConfig().getOptionalValue(key, String.class).orElse("");
    }
}
