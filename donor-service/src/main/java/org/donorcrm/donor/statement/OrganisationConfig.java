package org.donorcrm.donor.statement;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The organisation whose letterhead the annual gift statement carries ({@code crm.organisation.*}). The defaults are
 * the demo organisation's; its RSIN is a placeholder (000000000) until the real one is configured.
 */
@ConfigMapping(prefix = "crm.organisation")
public interface OrganisationConfig {

    @WithDefault("Defence for Children – ECPAT Nederland")
    String name();

    @WithDefault("Hooglandse Kerkgracht 17-G")
    String street();

    @WithDefault("2312 HS Leiden")
    String postcodeCity();

    /** The RSIN (fiscal number) a donor names in the tax return for a gift to the organisation. */
    @WithDefault("000000000")
    String rsin();

    /** Whether the tax administration designated the organisation an ANBI (gifts are deductible). */
    @WithDefault("true")
    boolean anbi();
}
