package org.donorcrm.reporting.exports;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An export job's subject: the file, the query and who asked, within the 200 characters a job's subject has. */
class ExportJobTest {

    @Test
    void aSubjectNamesTheExportAndWhoAskedForIt() {
        assertThat(ExportJob.subject("allocations.csv?year=2026&earmarkClass=UNEARMARKED", "fenna"))
                .isEqualTo("allocations.csv?year=2026&earmarkClass=UNEARMARKED · fenna");
    }

    @Test
    void aLongerSubjectIsCutAndEndsInAHashOfTheWhole() {
        // every filter of the drill-down at once: longer than a job's subject may be
        String query = "allocations.xlsx?year=2026&asOf=2026-05-31&earmarkClass=PROGRAMME&incomeCategory="
                + "AFFILIATED_NONPROFITS&donorKind=AFFILIATED_NONPROFIT&institutional=true&campaignId="
                + "0a6f4b8e-2d4c-4f1e-9a55-3f0c1d2e3b4a&donorId=7c9e6679-7425-40de-944b-e07fc1f90ae7&fundCode=";
        String one = ExportJob.subject(query + "PRJ-DTZ", "fenna");
        String other = ExportJob.subject(query + "PRJ-ABC", "fenna");
        assertThat(one).hasSize(200).startsWith(query.substring(0, 150)).matches(".*#[0-9a-f]{16}");
        assertThat(other).hasSize(200).isNotEqualTo(one);
        assertThat(ExportJob.subject(query + "PRJ-DTZ", "frank")).isNotEqualTo(one);
    }
}
