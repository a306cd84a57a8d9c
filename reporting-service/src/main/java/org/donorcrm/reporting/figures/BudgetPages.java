package org.donorcrm.reporting.figures;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.donorcrm.platform.http.InvalidInput;
import org.donorcrm.platform.http.Problem.FieldError;
import org.donorcrm.platform.http.RuleViolation;
import org.donorcrm.platform.i18n.Formats;
import org.donorcrm.platform.i18n.Texts;
import org.donorcrm.platform.security.Roles;
import org.donorcrm.reporting.Msg;
import org.donorcrm.reporting.finance.CostCsv;
import org.donorcrm.reporting.finance.FinanceInputModels;
import org.donorcrm.reporting.finance.FinanceInputs;
import org.donorcrm.reporting.period.Period;
import org.donorcrm.reporting.table.Format;
import org.donorcrm.reporting.table.Table;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * The budget screen (director and finance): budget against realisation (figure 7) of a period, income and costs,
 * and finance's forms to post actual costs, one month of one cost line or a CSV file, through the same rules and
 * service as the costs API: a refused entry shows the form again with its reasons (422), and nothing is stored.
 */
@Path("/finance")
@RolesAllowed({Roles.DIRECTOR, Roles.FINANCE})
public class BudgetPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance budget(List<Table> tables, String exportQuery, int year,
                                              List<CostLineOption> costLines, boolean mayPostCosts, CostForm form,
                                              String posted, List<String> errors, String movementWarning);
    }

    /** A cost line of the year's budget, as the cost form offers it. */
    public record CostLineOption(String code, String name) {
    }

    /** What was typed into the cost form, shown again when it is refused. */
    public record CostForm(String year, String month, String costLine, String amount) {
        public boolean monthIs(Integer m) {
            return String.valueOf(m).equals(month);
        }

        public boolean lineIs(String code) {
            return code != null && code.equals(costLine);
        }
    }

    static final String COST_LINE = "[A-Z0-9-]{1,30}";
    static final String COST_LINE_MESSAGE = "must be 1-30 capitals, digits or dashes";

    private final FigureTables tables;
    private final BudgetRealisationProjection budget;
    private final FinanceInputs inputs;
    private final CostCsv csv;
    private final Validator validator;
    private final SecurityIdentity identity;

    public BudgetPages(FigureTables tables, BudgetRealisationProjection budget, FinanceInputs inputs, CostCsv csv,
                       Validator validator, SecurityIdentity identity) {
        this.tables = tables;
        this.budget = budget;
        this.inputs = inputs;
        this.csv = csv;
        this.validator = validator;
        this.identity = identity;
    }

    @GET
    @Path("budget")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance budget(@Valid @BeanParam PagePeriod period,
                                   @QueryParam("postedLine") @Pattern(regexp = COST_LINE, message = COST_LINE_MESSAGE)
                                   String postedLine,
                                   @QueryParam("postedMonth") @Pattern(regexp = "[1-9]|1[0-2]",
                                           message = "must be a month from 1 to 12") String postedMonth,
                                   @QueryParam("postedRows") @Min(1) @Max(1_000_000) Integer postedRows) {
        int year = period.year();
        Msg msg = Texts.of(Msg.class);
        String posted = null;
        if (postedRows != null) {
            posted = msg.budgetPostedRows(postedRows);
        } else if (postedLine != null && postedMonth != null) {
            int month = Integer.parseInt(postedMonth);
            posted = inputs.actualCosts(year).stream()
                    .filter(c -> c.month() == month && c.costLine().equals(postedLine)).findFirst()
                    .map(c -> msg.budgetPostedCost(c.costLine(), year, month, Format.euros(c.amount())))
                    .orElse(null);
        }
        return budgetPage(period, new CostForm(String.valueOf(year), "", "", ""), posted, List.of());
    }

    /** Finance posts one month's actual cost of one cost line: the same rules and service as the costs API. */
    @POST
    @Path("costs")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.FINANCE)
    public Response postCost(@FormParam("year") String year, @FormParam("month") String month,
                             @FormParam("costLine") String costLine, @FormParam("amount") String amount) {
        CostForm form = new CostForm(trim(year), trim(month), trim(costLine), trim(amount));
        List<FieldError> errors = new ArrayList<>();
        Msg msg = Texts.of(Msg.class);
        Integer y = whole(form.year(), 2000, 2099, "year", "must be a year from 2000 to 2099", "yearInvalid",
                errors);
        Integer m = whole(form.month(), 1, 12, "month", "must be a month from 1 to 12", "monthInvalid", errors);
        if (!form.costLine().matches(COST_LINE)) {
            errors.add(new FieldError("#/costLine", msg.budgetChooseCostLine()));
        }
        BigDecimal euros = null;
        if (form.amount().isEmpty()) {
            errors.add(new FieldError("#/amount", msg.budgetAmountEmpty()));
        } else {
            euros = CostCsv.amount(form.amount(), "#/amount", errors); // as the cost CSV reads its amounts
        }
        if (errors.isEmpty()) {
            FinanceInputModels.ActualCost cost = new FinanceInputModels.ActualCost(y, m, form.costLine(), euros);
            validator.validate(cost).forEach(v -> errors.add(new FieldError("#/" + v.getPropertyPath(),
                    v.getMessage())));
            if (errors.isEmpty()) {
                try {
                    inputs.postCosts(List.of(cost), identity.getPrincipal().getName(), "#/", false);
                    return Response.seeOther(URI.create("/finance/budget?year=" + y + "&postedLine="
                            + cost.costLine() + "&postedMonth=" + m)).build();
                } catch (RuleViolation e) {
                    errors.addAll(e.fields());
                }
            }
        }
        return refused(form, errors);
    }

    /** Finance uploads actual costs as CSV (year,month,costLine,amount): the costs API's reader and rules. */
    @POST
    @Path("costs/csv")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.FINANCE)
    public Response uploadCosts(@RestForm("file") FileUpload file, @RestForm("year") String year) {
        String shown = trim(year).matches(Period.YEAR) ? trim(year) : String.valueOf(Period.today().getYear());
        CostForm form = new CostForm(shown, "", "", "");
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            return refused(form, List.of(new FieldError("#/file", Texts.of(Msg.class).budgetChooseFile())));
        }
        try {
            String body = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file.uploadedFile()))).toString();
            List<FinanceInputModels.ActualCost> costs = csv.parse(body);
            inputs.postCosts(costs, identity.getPrincipal().getName(), "#/rows/", true);
            return Response.seeOther(URI.create("/finance/budget?year=" + costs.get(0).year() + "&postedRows="
                    + costs.size())).build();
        } catch (CharacterCodingException e) {
            return refused(form, List.of(new FieldError("#/file", Texts.of(Msg.class).budgetNotUtf8())));
        } catch (InvalidInput e) {
            return refused(form, e.fields());
        } catch (RuleViolation e) {
            return refused(form, e.fields());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The form again with every reason, each in the request's language ({@link Texts#reason}); nothing stored. */
    private Response refused(CostForm form, List<FieldError> errors) {
        PagePeriod period = new PagePeriod();
        period.year = form.year().matches(Period.YEAR) ? form.year() : null;
        List<String> messages = errors.stream().map(e -> describe(e.pointer(), Texts.reason(e))).toList();
        return Response.status(422).entity(budgetPage(period, form, null, messages)).build();
    }

    private TemplateInstance budgetPage(PagePeriod period, CostForm form, String posted, List<String> errors) {
        Period p = period.period();
        int year = period.year();
        List<CostLineOption> lines = inputs.budgetLines(year).stream().filter(l -> l.costCode() != null)
                .map(l -> new CostLineOption(l.costCode(), l.costName())).toList();
        BudgetRealisationProjection.Reserve reserve = budget.compute(Period.year(year), null).reserve();
        String warning = reserve.plannedMovementDiffers() ? Texts.of(ForecastMsg.class).budgetMovementDiffers(
                Formats.money(reserve.plannedMovement()), year, Formats.money(reserve.budgetResultOfYear())) : null;
        return Templates.budget(List.of(tables.budgetIncome(p), tables.budgetCosts(p)), period.query(), year, lines,
                identity.hasRole(Roles.FINANCE), form, posted, errors, warning);
    }

    /** A refused entry as finance reads it: "Bedrag: …", "Regel 2, amount: …" (rows counted from 1). */
    static String describe(String pointer, String detail) {
        Msg msg = Texts.of(Msg.class);
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("#/rows/([0-9]+)(?:/(\\w+))?")
                .matcher(pointer);
        if (row.matches()) {
            int number = Integer.parseInt(row.group(1)) + 1;
            return row.group(2) == null ? msg.budgetErrorRow(number, detail)
                    : msg.budgetErrorRowField(number, row.group(2), detail);
        }
        return switch (pointer) {
            case "#/year" -> msg.budgetErrorYear(detail);
            case "#/month" -> msg.budgetErrorMonth(detail);
            case "#/costLine" -> msg.budgetErrorCostLine(detail);
            case "#/amount" -> msg.budgetErrorAmount(detail);
            case "#/file" -> msg.budgetErrorFile(detail);
            case "#/header" -> msg.budgetErrorHeader(detail);
            case "#/rows", "#" -> msg.budgetErrorWholeFile(detail);
            default -> detail;
        };
    }

    private static Integer whole(String text, int min, int max, String field, String detail, String code,
                                 List<FieldError> errors) {
        if (text.matches("[0-9]{1,4}")) {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        }
        errors.add(new FieldError("#/" + field, detail, code, List.of()));
        return null;
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
