package org.donorcrm.gift.bankimport;

import io.smallrye.config.ConfigMapping;

import java.util.List;

/** The organisation's own accounts (statements of others are refused) and the pepper of the IBAN hashes. */
@ConfigMapping(prefix = "crm.bank")
public interface BankConfig {

    List<String> accounts();

    String ibanPepper();
}
