package org.donorcrm.gift.batch;

import jakarta.validation.Validator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.donorcrm.gift.Msg;
import org.donorcrm.gift.gift.Channel;
import org.donorcrm.gift.gift.Patterns;
import org.donorcrm.gift.gift.RecordGift;
import org.donorcrm.gift.gift.RecordGiftRequest;
import org.donorcrm.platform.i18n.Formats;
import org.donorcrm.platform.i18n.Texts;
import org.donorcrm.platform.web.FormInput;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The gifts of a batch as pasted from a spreadsheet: one gift per row, columns donor id, amount and optionally
 * income date, fund code and campaign id (empty cells take the form's defaults). Cells are separated by tabs (a
 * copied spreadsheet range), semicolons or commas; a header row is skipped. Keeps the problems per row and the
 * count and total it adds up to, so the person entering it can compare them with the control values first.
 */
public final class BatchSheet {

    static final int MAX_ROWS = 5000;
    private static final Pattern UUID = Pattern.compile(Patterns.UUID);

    /** One pasted row as typed; {@code number} counts the gift rows from 1. */
    public record Row(int number, String donorId, String amount, String incomeDate, String fundCode,
                      String campaignId) {
    }

    private final List<Row> rows;
    private final Map<Integer, String> problems = new LinkedHashMap<>();
    private String sheetProblem;

    private BatchSheet(List<Row> rows) {
        this.rows = rows;
    }

    static BatchSheet read(String text) {
        String pasted = text == null ? "" : text.strip();
        if (pasted.isEmpty()) {
            return new BatchSheet(List.of());
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(pasted)).setTrim(true)
                .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(pasted), format)) {
            for (CSVRecord record : parser) {
                if (rows.isEmpty() && isHeader(record)) {
                    continue;
                }
                rows.add(new Row(rows.size() + 1, cell(record, 0), cell(record, 1), cell(record, 2), cell(record, 3),
                        cell(record, 4)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | UncheckedIOException malformed) {
            BatchSheet sheet = new BatchSheet(rows);
            sheet.sheetProblem = Texts.of(Msg.class).batchSheetUnreadable(Formats.number(rows.size()),
                    malformed.getMessage());
            return sheet;
        }
        return new BatchSheet(rows);
    }

    /** A tab in the first row means a copied spreadsheet range; else semicolons (Dutch CSV), else commas. */
    private static char delimiter(String text) {
        String first = text.lines().findFirst().orElse("");
        return first.indexOf('\t') >= 0 ? '\t' : first.indexOf(';') >= 0 ? ';' : ',';
    }

    private static boolean isHeader(CSVRecord record) {
        String first = cell(record, 0);
        return !first.isEmpty() && !UUID.matcher(first).matches()
                && FormInput.decimal(cell(record, 1), "amount", new LinkedHashMap<>()) == null;
    }

    private static String cell(CSVRecord record, int index) {
        return index < record.size() && record.get(index) != null ? record.get(index).strip() : "";
    }

    /**
     * The rows as commands, with the form's defaults for empty cells, each checked as the API checks a gift of a
     * batch; a row that is not one gets its reason and no command.
     */
    List<RecordGift> commands(LocalDate defaultIncomeDate, Channel channel, String defaultFund, Validator validator) {
        Msg msg = Texts.of(Msg.class);
        if (rows.size() > MAX_ROWS) {
            sheetProblem = msg.batchSheetTooMany(Formats.number(MAX_ROWS), Formats.number(rows.size()));
        }
        List<RecordGift> commands = new ArrayList<>();
        for (Row row : rows) {
            Map<String, String> reasons = new LinkedHashMap<>();
            BigDecimal amount = FormInput.decimal(row.amount(), "amount", reasons);
            if (row.amount().isEmpty()) {
                reasons.put("amount", msg.batchSheetAmountNeeded());
            }
            LocalDate incomeDate = row.incomeDate().isEmpty() ? defaultIncomeDate
                    : FormInput.date(row.incomeDate(), "incomeDate", reasons, true);
            String fundCode = row.fundCode().isEmpty() ? defaultFund : row.fundCode().toUpperCase();
            String campaignId = FormInput.blankToNull(row.campaignId());
            var request = new RecordGiftRequest(row.donorId(), amount, "EUR", incomeDate, null, channel, campaignId,
                    null, null, null, fundCode == null ? null
                    : List.of(new RecordGiftRequest.AllocationRequest(null, fundCode, amount)));
            validator.validate(request).forEach(v -> reasons.putIfAbsent(
                    v.getPropertyPath().toString().replaceAll("allocations\\[0]\\.", ""), v.getMessage()));
            if (!reasons.isEmpty()) {
                problems.put(row.number(), describe(reasons));
                continue;
            }
            commands.add(new RecordGift(row.donorId().toLowerCase(), amount, "EUR", incomeDate, null, channel,
                    campaignId == null ? null : campaignId.toLowerCase(), null, null,
                    List.of(new RecordGift.Line(null, fundCode, amount))));
        }
        return commands;
    }

    private static String describe(Map<String, String> reasons) {
        Msg msg = Texts.of(Msg.class);
        List<String> parts = new ArrayList<>();
        reasons.forEach((field, reason) -> parts.add(msg.batchSheetField(field) + ": " + reason));
        return String.join("; ", parts);
    }

    /** A problem the service found with the gift at this index of the commands (all rows were commands then). */
    void problem(int index, String reason) {
        problems.put(index + 1, reason);
    }

    public List<Row> getRows() {
        return rows;
    }

    public String problemOf(int rowNumber) {
        return problems.get(rowNumber);
    }

    public boolean hasProblems() {
        return sheetProblem != null || !problems.isEmpty();
    }

    public String getSheetProblem() {
        return sheetProblem;
    }

    public int getCount() {
        return rows.size();
    }

    /** Whether the rows are as many as the control count typed. */
    public boolean countMatches(String controlCount) {
        return String.valueOf(rows.size()).equals(controlCount.strip());
    }

    /** Whether the amounts add up to the control total typed, to the cent. */
    public boolean totalMatches(String controlTotal) {
        BigDecimal control = FormInput.decimal(controlTotal, "controlTotal", new LinkedHashMap<>());
        return control != null && control.compareTo(getTotal()) == 0;
    }

    /** The control total as typed, written as an amount (€ 100,00) when it is one, else as typed. */
    public String controlTotal(String typed) {
        BigDecimal control = FormInput.decimal(typed, "controlTotal", new LinkedHashMap<>());
        return control == null ? typed : Formats.money(control);
    }

    /** The sum of the amounts that are amounts, to the cent. */
    public BigDecimal getTotal() {
        BigDecimal total = new BigDecimal("0.00");
        for (Row row : rows) {
            BigDecimal amount = FormInput.decimal(row.amount(), "amount", new LinkedHashMap<>());
            if (amount != null) {
                total = total.add(amount);
            }
        }
        return total;
    }
}
