package org.donorcrm.reporting.table;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The exports' own rules, without a server: formula-safe CSV and XLSX with numbers for amounts. */
class TableExportsTest {

    private static final Table TABLE = new Table("t", "T", List.of("Text", "Amount"), List.of(
            List.of("=HYPERLINK(\"http://x\")", new BigDecimal("-50.00")),
            List.of("+31 20", new BigDecimal("1234.50")),
            List.of("@SUM(A1)", BigDecimal.ZERO.setScale(2)),
            List.of("\tTab", new BigDecimal("0.01")),
            List.of("plain, with comma", new BigDecimal("2.00"))));

    @Test
    void cellsThatASpreadsheetWouldReadAsFormulasGetALeadingApostropheButAmountsStayNumbers() throws Exception {
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(TableExports.csv(TABLE))).getRecords();
        assertThat(rows.get(1).get(0)).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(rows.get(1).get(1)).isEqualTo("-50.00"); // a negative amount is a number, not a formula
        assertThat(rows.get(2).get(0)).isEqualTo("'+31 20");
        assertThat(rows.get(3).get(0)).isEqualTo("'@SUM(A1)");
        assertThat(rows.get(4).get(0)).isEqualTo("'\tTab");
        assertThat(rows.get(5).get(0)).isEqualTo("plain, with comma");
        assertThat(rows).hasSize(6);
    }

    @Test
    void anXlsxHoldsTextAsTextAndAmountsAsNumbers() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(TableExports.xlsx(TABLE)))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(sheet.getRow(1).getCell(0).getCellType().name()).isEqualTo("STRING");
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(1234.50);
            // 1234.50 − 50.00 + 0.00 + 0.01 + 2.00 = 1186.51
            double sum = 0;
            for (int r = 1; r <= 5; r++) {
                sum += sheet.getRow(r).getCell(1).getNumericCellValue();
            }
            assertThat(sum).isCloseTo(1186.51, org.assertj.core.data.Offset.offset(0.001));
        }
    }
}
