package org.donorcrm.platform.donors;

import io.quarkus.qute.TemplateData;
import org.donorcrm.platform.i18n.Texts;

/**
 * How a screen names a donor, as donor-service shows it to the signed-in person: by name for a person who may see
 * personal data; by number and kind ("nr. 100234 · particulier") for one who may not (a director). Never the id.
 */
@TemplateData
public record DonorShown(String id, String name, Long number, String kind) {

    /** Whether the person sees the donor's name (and may open the donor's page in donor-service). */
    public boolean named() {
        return name != null;
    }

    /** The words for the donor in the person's language: the name, else number and kind. */
    public String label() {
        return named() ? name : Texts.ui().donorReference(number, kind);
    }
}
