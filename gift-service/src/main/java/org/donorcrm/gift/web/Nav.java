package org.donorcrm.gift.web;

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

    static String campaignUrl() {
        return url("crm.web.campaign-url");
    }

    static String reportingUrl() {
        return url("crm.web.reporting-url");
    }

    static String user() {
        SecurityIdentity identity = Arc.container().instance(SecurityIdentity.class).get();
        return identity == null || identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    /** Whether the signed-in person may record gifts (fundraiser or finance). */
    static boolean canRecord() {
        SecurityIdentity identity = Arc.container().instance(SecurityIdentity.class).get();
        return identity != null && (identity.hasRole("finance") || identity.hasRole("fundraiser"));
    }

    private static String url(String key) {
        return ConfigProvider.getConfig().getOptionalValue(key, String.class).orElse("");
    }
}
