package org.donorcrm.reporting.table;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import java.util.List;

/**
 * The page of the screens that show nothing but tables (the allocations behind a figure, campaign results, the
 * reserve): a heading, a note, and each table with its CSV and XLSX export links ({@code templates/tags/datatable}).
 */
public final class TablePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tables(String heading, List<Table> tables, String exportQuery, String note);
    }

    private TablePage() {
    }

    /** @param exportQuery the query of the exports (the screen's period and filters); {@code note} may be null */
    public static TemplateInstance of(String heading, List<Table> tables, String exportQuery, String note) {
        return Templates.tables(heading, tables, exportQuery, note);
    }
}
