package org.donorcrm.platform.consume;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A batch compares ids as Java strings: only lower-case UUIDs (or no id) may go into one. */
class NotBatchableTest {

    @Test
    void aLowerCaseUuidOrNoIdPasses() {
        assertThat(NotBatchable.requireComparable("0b6f3a52-8c1e-4d2a-9f43-7e5d1c2b9a10"))
                .isEqualTo("0b6f3a52-8c1e-4d2a-9f43-7e5d1c2b9a10");
        assertThat(NotBatchable.requireComparable(null)).isNull();
    }

    @Test
    void anythingElseIsNotBatchable() {
        assertThatThrownBy(() -> NotBatchable.requireComparable("0B6F3A52-8C1E-4D2A-9F43-7E5D1C2B9A10"))
                .isInstanceOf(NotBatchable.class)
                .hasMessage("the id '0B6F3A52-8C1E-4D2A-9F43-7E5D1C2B9A10' is not a lower-case UUID");
        // the database ignores trailing spaces and case; a Java set would not
        assertThatThrownBy(() -> NotBatchable.requireComparable("0b6f3a52-8c1e-4d2a-9f43-7e5d1c2b9a10 "))
                .isInstanceOf(NotBatchable.class);
        assertThatThrownBy(() -> NotBatchable.requireComparable("0b6f3a528c1e4d2a9f437e5d1c2b9a10"))
                .isInstanceOf(NotBatchable.class);
        assertThatThrownBy(() -> NotBatchable.requireComparable("")).isInstanceOf(NotBatchable.class);
        assertThatThrownBy(() -> NotBatchable.requireComparable("donor-42")).isInstanceOf(NotBatchable.class);
    }
}
