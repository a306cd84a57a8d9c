package org.donorcrm.gift.sepa;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** The organisation as SEPA creditor, and the rules for stopping and lapsing mandates. */
@ConfigMapping(prefix = "crm.sepa")
public interface SepaConfig {

    /** The creditor identifier (incassant-ID), e.g. NL98ZZZ999999999999. */
    String creditorId();

    String creditorName();

    String creditorIban();

    Optional<String> creditorBic();

    /** Returns (of any reason) after which a mandate is stopped; a final reason code stops it at once. */
    @WithDefault("2")
    int returnsBeforeStop();

    /** Months without a collection after which a mandate lapses (SEPA rulebook: 36). */
    @WithDefault("36")
    int lapseMonths();

    /** When the nightly lapse check runs (Europe/Amsterdam). */
    @WithDefault("0 30 2 * * ?")
    String lapseCron();
}
