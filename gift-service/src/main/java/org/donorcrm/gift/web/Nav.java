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
        SecurityIdentity identity = identity();
        return identity == null || identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    /** Whether the signed-in person may record gifts and post batches (fundraiser or finance). */
    static boolean canRecord() {
        return hasAny("finance", "fundraiser");
    }

    /** Whether the signed-in person may see mandates and agreements (they hold debtors' names and IBANs). */
    static boolean canSeeMandates() {
        return hasAny("fundraiser", "finance", "admin");
    }

    /** Whether the signed-in person may see grants and their deadlines. */
    static boolean canSeeGrants() {
        return hasAny("fundraiser", "finance", "director", "admin");
    }

    /** Finance: collection runs, grant commitments and receipts, bank import. */
    static boolean isFinance() {
        return hasAny("finance");
    }

    private static boolean hasAny(String... roles) {
        SecurityIdentity identity = identity();
        if (identity == null) {
            return false;
        }
        for (String role : roles) {
            if (identity.hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    private static SecurityIdentity identity() {
        return Arc.container().instance(SecurityIdentity.class).get();
    }

    private static String url(String key) {
        return ConfigProvider.getConfig().getOptionalValue(key, String.class).orElse("");
    }
}
