package org.donorcrm.campaign;

import org.donorcrm.testing.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The package layout of docs/architecture.md: feature packages without cycles, nothing uses the REST edge. */
class ArchitectureTest {

    @Test
    void layoutRules() {
        assertThat(ArchitectureRules.violations("org.donorcrm.campaign")).isEmpty();
    }
}
