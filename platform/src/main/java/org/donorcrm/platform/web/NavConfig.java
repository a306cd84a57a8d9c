package org.donorcrm.platform.web;

import io.quarkus.arc.Unremovable;
import io.smallrye.config.ConfigMapping;

import java.util.List;
import java.util.Optional;

/**
 * A service's place in the one top bar: which section it serves ({@code crm.nav.section}: donors, gifts,
 * campaigns or figures) and the second row of links of that section, each with the roles that may follow it:
 * <pre>
 * crm.nav.section=gifts
 * crm.nav.links[0].path=/batches
 * crm.nav.links[0].label=Batches
 * crm.nav.links[0].roles=fundraiser,finance
 * </pre>
 */
@ConfigMapping(prefix = "crm.nav")
@Unremovable // looked up by Nav only through Arc: without this Quarkus drops the mapping as unused
public interface NavConfig {

    Optional<String> section();

    Optional<List<Link>> links();

    interface Link {

        String path();

        String label();

        List<String> roles();
    }
}
