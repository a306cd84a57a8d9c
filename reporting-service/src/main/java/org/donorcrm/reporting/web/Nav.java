package org.donorcrm.reporting.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.config.ConfigProvider;

/** What every screen's navigation bar needs: the other services' addresses and who is signed in with which roles. */
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

    static String campaignUrl() {
        return url("crm.web.campaign-url");
    }

    static String user() {
        SecurityIdentity identity = identity();
        return identity == null || identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    /** Whether the signed-in person sees the reserve, budget and close screens (director, finance). */
    static boolean seesFinance() {
        SecurityIdentity identity = identity();
        return identity != null && (identity.hasRole("finance") || identity.hasRole("director"));
    }

    /** Whether the signed-in person may close a month (finance). */
    static boolean canClose() {
        SecurityIdentity identity = identity();
        return identity != null && identity.hasRole("finance");
    }

    /** Whether the signed-in person sees the operations screens (admin: the dead letters). */
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
