package org.donorcrm.gift.batch;

import jakarta.validation.Validator;
import org.donorcrm.gift.Msg;
import org.donorcrm.gift.donorlookup.DonorChoice;
import org.donorcrm.gift.gift.Channel;
import org.donorcrm.gift.gift.RecordGift;
import org.donorcrm.gift.gift.RecordGiftRequest;
import org.donorcrm.platform.i18n.Formats;
import org.donorcrm.platform.i18n.Texts;
import org.donorcrm.platform.web.FormInput;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The gifts of a batch as entered on the form, one per line: the donor chosen by search (the line's radio
 * {@code donorId3}, never a typed id), the amount ({@code amount3}) and, where they differ from the form's, the income
 * date, fund and campaign ({@code incomeDate3}, {@code fundCode3}, {@code campaignId3}). Lines left empty are skipped.
 * Keeps the count and total the lines add up to, so that the person entering them compares them with the control
 * count and total counted on paper first. A line's reasons are the form's errors at that line's fields.
 */
public final class BatchLines {

    /** The lines a new form offers. */
    static final int FIRST = 10;
    /** The lines the button for more lines adds. */
    static final int MORE = 10;
    /** The most lines one form shows. */
    static final int MAX = 200;
    /** The fields of a line that show their own reason; any other reason is the line's. */
    private static final Set<String> SHOWN = Set.of("donorId", "amount", "incomeDate", "fundCode", "campaignId");

    /** One line of the form as typed; {@code index} counts from 0, {@code number} (as shown) from 1. */
    public record Line(int index, String donorId, String donorSearch, String amount, String incomeDate,
                       String fundCode, String campaignId) {

        public int number() {
            return index + 1;
        }

        boolean isEmpty() {
            return donorId.isEmpty() && donorSearch.isEmpty() && amount.isEmpty() && incomeDate.isEmpty()
                    && fundCode.isEmpty() && campaignId.isEmpty();
        }
    }

    private final List<Line> lines;
    /** The index of the line of each command, in the order of the commands. */
    private final List<Integer> commandLines = new ArrayList<>();

    private BatchLines(List<Line> lines) {
        this.lines = lines;
    }

    /** The lines of a posted form ({@code lines}: how many it showed), with {@code more} lines added. */
    static BatchLines read(FormInput form, int more) {
        int shown;
        try {
            shown = Integer.parseInt(form.get("lines"));
        } catch (NumberFormatException e) {
            shown = FIRST;
        }
        shown = Math.max(1, Math.min(MAX, shown + more));
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < shown; i++) {
            lines.add(new Line(i, form.get("donorId" + i), form.get("donorSearch" + i), form.get("amount" + i),
                    form.get("incomeDate" + i), form.get("fundCode" + i), form.get("campaignId" + i)));
        }
        return new BatchLines(lines);
    }

    /** The empty lines of a new form. */
    static BatchLines empty() {
        return new BatchLines(IntStream.range(0, FIRST).mapToObj(i -> new Line(i, "", "", "", "", "", "")).toList());
    }

    /**
     * The filled lines as commands, with the form's income date and fund where a line has none, each checked as the
     * API checks a gift of a batch; a line that is not one gets its reasons at its fields and no command.
     */
    List<RecordGift> commands(FormInput form, LocalDate defaultIncomeDate, Channel channel, String defaultFund,
                              Validator validator) {
        Msg msg = Texts.of(Msg.class);
        List<RecordGift> commands = new ArrayList<>();
        commandLines.clear();
        for (Line line : getFilled()) {
            int i = line.index();
            Map<String, String> reasons = new LinkedHashMap<>();
            DonorChoice.chosen(form, "donorId" + i);
            BigDecimal amount = FormInput.decimal(line.amount(), "amount", reasons);
            if (line.amount().isEmpty()) {
                reasons.put("amount", msg.batchSheetAmountNeeded());
            }
            LocalDate incomeDate = line.incomeDate().isEmpty() ? defaultIncomeDate
                    : FormInput.date(line.incomeDate(), "incomeDate", reasons, true);
            String fundCode = line.fundCode().isEmpty() ? defaultFund : line.fundCode();
            String campaignId = FormInput.blankToNull(line.campaignId());
            var request = new RecordGiftRequest(line.donorId(), amount, "EUR", incomeDate, null, channel, campaignId,
                    null, null, null, fundCode == null ? null
                    : List.of(new RecordGiftRequest.AllocationRequest(null, fundCode, amount)));
            validator.validate(request).forEach(v -> reasons.putIfAbsent(
                    v.getPropertyPath().toString().replaceAll("allocations\\[0]\\.", ""), v.getMessage()));
            // the form's own fields (channel, income date, fund) carry their reasons there
            reasons.remove("channel");
            if (line.incomeDate().isEmpty()) {
                reasons.remove("incomeDate");
            }
            reasons.forEach((field, reason) -> reject(form, i, field, reason));
            if (!reasons.isEmpty() || form.error("donorId" + i) != null) {
                continue;
            }
            commands.add(new RecordGift(line.donorId(), amount, "EUR", incomeDate, null, channel,
                    campaignId == null ? null : campaignId.toLowerCase(), null, null,
                    List.of(new RecordGift.Line(null, fundCode, amount))));
            commandLines.add(i);
        }
        return commands;
    }

    /** A reason the service gave for the command at {@code commandIndex}, at that line's field. */
    void refused(FormInput form, int commandIndex, String field, String reason) {
        reject(form, commandLines.get(commandIndex), field, reason);
    }

    private static void reject(FormInput form, int line, String field, String reason) {
        if (SHOWN.contains(field)) {
            form.reject(field + line, reason);
        } else {
            form.reject("line" + line, reason);
        }
    }

    /** Every line the form shows, the empty ones too. */
    public List<Line> getLines() {
        return lines;
    }

    /** The lines with anything entered: the gifts of the batch. */
    public List<Line> getFilled() {
        return lines.stream().filter(line -> !line.isEmpty()).toList();
    }

    /** The donors chosen on the lines. */
    List<String> chosenDonors() {
        return lines.stream().map(Line::donorId).filter(id -> !id.isEmpty()).distinct().toList();
    }

    /** The lines as one text, so that the same form key with other lines is recognised as another batch. */
    String posted() {
        return getFilled().stream().map(line -> String.join(";", line.donorId(), line.amount(), line.incomeDate(),
                line.fundCode(), line.campaignId())).collect(Collectors.joining("\n"));
    }

    public int getCount() {
        return getFilled().size();
    }

    public int getShown() {
        return lines.size();
    }

    /** How many lines the button for more lines adds. */
    public int getMore() {
        return MORE;
    }

    /** Whether the form may show more lines. */
    public boolean isRoomForMore() {
        return lines.size() < MAX;
    }

    /** Whether the lines are as many as the control count typed. */
    public boolean countMatches(String controlCount) {
        return String.valueOf(getCount()).equals(controlCount.strip());
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
        for (Line line : getFilled()) {
            BigDecimal amount = FormInput.decimal(line.amount(), "amount", new LinkedHashMap<>());
            if (amount != null) {
                total = total.add(amount);
            }
        }
        return total;
    }
}
