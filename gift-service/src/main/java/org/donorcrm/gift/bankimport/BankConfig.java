package org.donorcrm.gift.bankimport;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

/**
 * The organisation's own accounts (statements of others are refused), the pepper of the IBAN hashes, and how often
 * the credits that waited for donor-service are matched again ({@link ToMatchRetry}, read by its schedule).
 */
@ConfigMapping(prefix = "crm.bank")
public interface BankConfig {

    List<String> accounts();

    String ibanPepper();

    @WithDefault("30s")
    String toMatchEvery();
}
