package org.donorcrm.reporting;

import org.donorcrm.testing.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The layout rules of docs/architecture.md: feature packages without cycles, nothing depends on the REST edge. */
class ArchitectureTest {

    @Test
    void layoutRules() {
        assertThat(ArchitectureRules.violations("org.donorcrm.reporting")).isEmpty();
    }
}
