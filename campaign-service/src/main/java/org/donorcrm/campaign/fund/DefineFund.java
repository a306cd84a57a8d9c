package org.donorcrm.campaign.fund;

import java.time.LocalDate;

/** What finance says a fund is: used for creating and for editing one. */
public record DefineFund(String code, String name, EarmarkClass earmarkClass, LocalDate activeFrom,
                         LocalDate activeTo, String funderDonorId) {
}
