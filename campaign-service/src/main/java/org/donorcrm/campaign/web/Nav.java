package org.donorcrm.campaign.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.config.ConfigProvider;

/** What every screen's navigation bar needs: the other services' addresses and who is signed in. */
@TemplateExtension(namespace = "nav")
public final class Nav {

    private Nav() {
    }

    static String donorUrl() {
        return url("crm.web.donor-url");
    }

    static String giftUrl() {
        return url("crm.web.gift-url");
    }

    static String reportingUrl() {
        return url("crm.web.reporting-url");
    }

    static String user() {
        SecurityIdentity identity = identity();
        return identity == null || identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    /** Whether the signed-in person may edit the fund catalogue (finance or admin). */
    static boolean canEditFunds() {
        SecurityIdentity identity = identity();
        return identity != null && (identity.hasRole("finance") || identity.hasRole("admin"));
    }

    private static SecurityIdentity identity() {
        return Arc.container().instance(SecurityIdentity.class).get();
    }

    private static String url(String key) {
        return ConfigProvider.getConfig().getOptionalValue(key, String.class).orElse("");
    }
}
