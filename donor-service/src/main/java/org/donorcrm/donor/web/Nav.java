package org.donorcrm.donor.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.config.ConfigProvider;

/** What every screen's navigation bar needs: the other services' addresses and who is signed in. */
@TemplateExtension(namespace = "nav")
public final class Nav {

    private Nav() {
    }

    static String giftUrl() {
        return url("crm.web.gift-url");
    }

    static String campaignUrl() {
        return url("crm.web.campaign-url");
    }

    static String reportingUrl() {
        return url("crm.web.reporting-url");
    }

    static String user() {
        SecurityIdentity identity = identity();
        return identity == null || identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    /** Whether the signed-in person may review and merge duplicates (fundraiser or admin). */
    static boolean canMerge() {
        SecurityIdentity identity = identity();
        return identity != null && (identity.hasRole("fundraiser") || identity.hasRole("admin"));
    }

    static boolean isAdmin() {
        SecurityIdentity identity = identity();
        return identity != null && identity.hasRole("admin");
    }

    private static SecurityIdentity identity() {
        return Arc.container().instance(SecurityIdentity.class).get();
    }

    private static String url(String key) {
        return ConfigProvider.getConfig().getOptionalValue(key, String.class).orElse("");
    }
}
