package org.donorcrm.reporting.table;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link Table} as CSV (commons-csv; a cell that a spreadsheet would read as a formula, starting with
 * = + - @ tab or CR, gets a leading apostrophe, OWASP's CSV-injection defence) or as XLSX (Apache POI; amounts as
 * numbers with two decimals, so a spreadsheet can add them up).
 */
public final class TableExports {

    private TableExports() {
    }

    /** How far a long table's writing is: rows written so far. */
    @FunctionalInterface
    public interface RowsWritten {
        void rows(int written);
    }

    /** A long table's writer reports its rows written this often (and once at the end). */
    static final int REPORT_EVERY = 1_000;

    public static String csv(Table table) {
        return csv(table, written -> {
        });
    }

    /** As {@link #csv(Table)}, reporting the rows written as it goes. */
    public static String csv(Table table, RowsWritten progress) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            printer.printRecord(table.headers().stream().map(TableExports::safe).toList());
            int written = 0;
            for (List<Object> row : table.rows()) {
                List<String> cells = new ArrayList<>(row.size());
                for (Object cell : row) {
                    cells.add(cell instanceof BigDecimal amount ? amount.toPlainString() : safe(text(cell)));
                }
                printer.printRecord(cells);
                report(progress, ++written, table);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A text cell that cannot start a formula in a spreadsheet. */
    static String safe(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    public static byte[] xlsx(Table table) {
        return xlsx(table, written -> {
        });
    }

    /** As {@link #xlsx(Table)}, reporting the rows written as it goes. */
    public static byte[] xlsx(Table table, RowsWritten progress) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(table.name().length() > 31 ? table.name().substring(0, 31)
                    : table.name());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < table.headers().size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(table.headers().get(c));
                cell.setCellStyle(bold);
            }
            for (int r = 0; r < table.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = table.rows().get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    Cell cell = row.createCell(c);
                    if (value instanceof BigDecimal amount) {
                        cell.setCellValue(amount.doubleValue());
                        cell.setCellStyle(money);
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        // setCellValue(String) stores a string, never a formula
                        cell.setCellValue(text(value));
                    }
                }
                report(progress, r + 1, table);
            }
            for (int c = 0; c < table.headers().size(); c++) {
                sheet.setColumnWidth(c, 18 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void report(RowsWritten progress, int written, Table table) {
        if (written % REPORT_EVERY == 0 || written == table.rows().size()) {
            progress.rows(written);
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
