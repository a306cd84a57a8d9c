package org.donorcrm.donor.donate;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.donorcrm.donor.DonateMsg;
import org.donorcrm.platform.http.InvalidInput;
import org.donorcrm.platform.i18n.Amounts;
import org.donorcrm.platform.i18n.Formats;
import org.donorcrm.platform.i18n.Languages;
import org.donorcrm.platform.i18n.Texts;
import org.donorcrm.platform.web.FormInput;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The public donation page, "word donateur" (issue 25): no sign-in, Dutch first, per campaign
 * ({@code /geven/{campaignCode}}) and optionally appeal ({@code /geven/{campaignCode}/{appealCode}}). A recurring
 * gift by SEPA e-mandate only: paying once by iDEAL is said to be unavailable while no payment provider is
 * configured ({@code crm.psp.mollie.api-key}). Protected by rate limits per client address and per e-mail address
 * (429 with Retry-After), a honeypot field and a minimum fill time (both refused without a word: the robot is
 * thanked, nothing is stored), a signed form token and the platform's SameOriginFilter. Bad input shows the form again
 * with the reason at each field and stores nothing.
 */
@Path("/geven")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class DonatePages {

    private static final Logger LOG = Logger.getLogger(DonatePages.class);
    private static final Pattern CODE = Pattern.compile("[A-Z0-9-]{1,30}");
    private static final Pattern REFERENCE = Pattern.compile("DON-\\d{1,15}-\\d{1,6}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{6,29}");
    static final String HONEYPOT = "website";
    static final String TOKEN = "formToken";
    /** The longest value taken from each field, as donor-service keeps it. */
    private static final Map<String, Integer> LONGEST = Map.ofEntries(Map.entry("initials", 20),
            Map.entry("firstName", 100), Map.entry("infix", 20), Map.entry("lastName", 100), Map.entry("email", 254),
            Map.entry("phone", 30), Map.entry("street", 200), Map.entry("houseNumber", 20), Map.entry("postcode", 7),
            Map.entry("city", 100), Map.entry("accountHolder", 70), Map.entry("iban", 42),
            Map.entry("otherAmount", 20));

    /** A radio choice: its value, what it says and whether it is chosen. */
    public record Choice(String value, String label, boolean checked) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(String action, String name, FormInput form, List<Choice> amounts,
                                            List<Choice> frequencies, boolean otherChosen, String total,
                                            String totalPattern,
                                            String otherAmountLabel, String mandateText, String privacyUrl,
                                            boolean idealAvailable, String lang, String switchUrl);

        static native TemplateInstance thanks(String reference, String lang);

        static native TemplateInstance limited(long seconds, String back, String lang);
    }

    private final CampaignReplicas campaigns;
    private final DonationService donations;
    private final MandateSignups signups;
    private final RateLimiter limiter;
    private final FormTokens tokens;
    private final DonateConfig config;
    private final boolean idealAvailable;

    public DonatePages(CampaignReplicas campaigns, DonationService donations, MandateSignups signups,
                       RateLimiter limiter, FormTokens tokens, DonateConfig config,
                       @ConfigProperty(name = "crm.psp.mollie.api-key") Optional<String> mollieKey) {
        this.campaigns = campaigns;
        this.donations = donations;
        this.signups = signups;
        this.limiter = limiter;
        this.tokens = tokens;
        this.config = config;
        // the iDEAL route is the next slice; until it exists no key makes it available
        this.idealAvailable = false;
        if (mollieKey.filter(k -> !k.isBlank()).isPresent()) {
            LOG.info("crm.psp.mollie.api-key is set, but this version takes no iDEAL payments yet");
        }
    }

    @Operation(hidden = true)
    @GET
    @Path("{campaign}")
    public TemplateInstance campaignPage(@PathParam("campaign") String campaign) {
        return page(target(campaign, null), FormInput.of(defaults()));
    }

    @Operation(hidden = true)
    @GET
    @Path("{campaign}/{appeal}")
    public TemplateInstance appealPage(@PathParam("campaign") String campaign, @PathParam("appeal") String appeal) {
        return page(target(campaign, appeal), FormInput.of(defaults()));
    }

    @Operation(hidden = true)
    @POST
    @Path("{campaign}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signUpForCampaign(@PathParam("campaign") String campaign, MultivaluedMap<String, String> posted,
                                      @Context HttpServerRequest request) {
        return signUp(campaign, null, posted, request);
    }

    @Operation(hidden = true)
    @POST
    @Path("{campaign}/{appeal}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signUpForAppeal(@PathParam("campaign") String campaign, @PathParam("appeal") String appeal,
                                    MultivaluedMap<String, String> posted, @Context HttpServerRequest request) {
        return signUp(campaign, appeal, posted, request);
    }

    @Operation(hidden = true)
    @GET
    @Path("bedankt")
    public TemplateInstance thanks(@QueryParam("kenmerk") String reference) {
        return Templates.thanks(reference != null && REFERENCE.matcher(reference).matches() ? reference : null,
                Languages.code(Languages.current()));
    }

    /**
     * The page's language switch: the same cookie as the screens' switch ({@code /lang/{code}}, which asks to sign
     * in), for the donation pages only: it goes back to a {@code /geven/} path and nowhere else.
     */
    @Operation(hidden = true)
    @GET
    @Path("taal/{code}")
    public Response language(@PathParam("code") String code, @QueryParam("terug") String back) {
        String language = Languages.code(Languages.of(code));
        NewCookie cookie = new NewCookie.Builder(Languages.COOKIE).value(language).path("/")
                .maxAge(365 * 24 * 3600).sameSite(NewCookie.SameSite.LAX).httpOnly(true).build();
        String to = back != null && back.matches("/geven/[A-Z0-9-]{1,30}(/[A-Z0-9-]{1,30})?") ? back : "/geven/bedankt";
        return Response.seeOther(URI.create(to)).cookie(cookie).build();
    }

    /** The campaign and appeal a page is for: 404 unless both are known here and open. */
    private record Target(DonateCampaign campaign, DonateCampaign appeal, String path) {
    }

    private Target target(String campaignCode, String appealCode) {
        if (!CODE.matcher(campaignCode).matches() || (appealCode != null && !CODE.matcher(appealCode).matches())) {
            throw new NotFoundException();
        }
        DonateCampaign campaign = campaigns.campaign(campaignCode).orElseThrow(NotFoundException::new);
        DonateCampaign appeal = appealCode == null ? null
                : campaigns.appeal(campaign, appealCode).orElseThrow(NotFoundException::new);
        return new Target(campaign, appeal, "/geven/" + campaignCode + (appealCode == null ? "" : "/" + appealCode));
    }

    private Response signUp(String campaignCode, String appealCode, MultivaluedMap<String, String> posted,
                            HttpServerRequest request) {
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        RateLimiter.Decision byAddress = limiter.address(address);
        Target target = target(campaignCode, appealCode);
        if (!byAddress.allowed()) {
            return limited(byAddress, target);
        }
        FormInput form = FormInput.of(posted);
        if (!form.get(HONEYPOT).isEmpty()) {
            LOG.info("donation form refused: honeypot filled");
            return Response.seeOther(URI.create("/geven/bedankt")).build();
        }
        FormTokens.Verdict verdict = tokens.check(form.text(TOKEN), target.path());
        if (verdict == FormTokens.Verdict.TOO_FAST) {
            LOG.info("donation form refused: sent faster than a person fills it in");
            return Response.seeOther(URI.create("/geven/bedankt")).build();
        }
        DonateMsg msg = Texts.of(DonateMsg.class);
        if (verdict == FormTokens.Verdict.INVALID) {
            form.reject("form", msg.formExpired());
        }
        DonationService.Signup signup = read(form, target, msg);
        if (form.hasErrors()) {
            return Response.status(400).entity(page(target, form)).build();
        }
        RateLimiter.Decision byEmail = limiter.email(signup.email().toLowerCase(Locale.ROOT));
        if (!byEmail.allowed()) {
            return limited(byEmail, target);
        }
        DonationService.Received received;
        try {
            received = donations.receive(signup, LocalDate.now(Formats.AMSTERDAM));
        } catch (InvalidInput e) {
            e.fields().forEach(f -> form.reject(f.pointer().replaceFirst("^#/", ""), Texts.reason(f)));
            return Response.status(400).entity(page(target, form)).build();
        }
        // the first hand-over to gift-service at once; when it cannot take it, the background retries it
        signups.send(received.signupId());
        return Response.seeOther(URI.create("/geven/bedankt?kenmerk=" + received.reference())).build();
    }

    private Response limited(RateLimiter.Decision decision, Target target) {
        return Response.status(429).header("Retry-After", decision.retryAfterSeconds())
                .entity(Templates.limited(decision.retryAfterSeconds(), target.path(),
                        Languages.code(Languages.current())))
                .build();
    }

    /** The sign-up the form names; null (and the reasons noted per field) when it is not complete and right. */
    private DonationService.Signup read(FormInput form, Target target, DonateMsg msg) {
        LONGEST.forEach((field, most) -> {
            if (form.get(field).length() > most) {
                form.reject(field, msg.tooLong());
            }
        });
        BigDecimal amount = amount(form, msg);
        OnlineSignup.Frequency frequency = null;
        String chosen = form.get("frequency");
        if ("ONCE".equals(chosen)) {
            form.reject("frequency", msg.idealUnavailable());
        } else {
            try {
                frequency = OnlineSignup.Frequency.valueOf(chosen);
            } catch (IllegalArgumentException e) {
                form.reject("frequency", msg.frequencyRequired());
            }
        }
        if (form.text("lastName") == null) {
            form.reject("lastName", msg.lastNameRequired());
        }
        String email = form.text("email");
        if (email == null) {
            form.reject("email", msg.emailRequired());
        } else if (!EMAIL.matcher(email).matches()) {
            form.reject("email", msg.emailInvalid());
        }
        String phone = form.text("phone");
        if (phone != null && !PHONE.matcher(phone).matches()) {
            form.reject("phone", msg.phoneInvalid());
        }
        String iban = form.text("iban");
        if (iban == null) {
            form.reject("iban", msg.ibanRequired());
        } else if (!validIban(iban)) {
            form.reject("iban", msg.ibanInvalid());
        }
        if (form.text("accountHolder") == null) {
            form.reject("accountHolder", msg.accountHolderRequired());
        }
        if (!form.checked("authorise")) {
            form.reject("authorise", msg.authoriseRequired());
        }
        if (form.hasErrors()) {
            return null;
        }
        String postcode = form.text("postcode");
        return new DonationService.Signup(target.campaign(), target.appeal(), amount, frequency,
                form.text("initials"), form.text("firstName"), form.text("infix"), form.text("lastName"), email,
                form.text("phone"), form.text("street"), form.text("houseNumber"),
                postcode == null ? null : postcode.toUpperCase(Locale.ROOT), form.text("city"),
                form.checked("consentEmail"), form.checked("consentPost"), form.checked("consentPhone"), iban,
                form.text("accountHolder"), Languages.current());
    }

    private BigDecimal amount(FormInput form, DonateMsg msg) {
        String choice = form.get("amount");
        String typed = "OTHER".equals(choice) || choice.isEmpty() ? form.get("otherAmount") : choice;
        if (typed.isEmpty()) {
            form.reject("otherAmount", msg.amountRequired());
            return null;
        }
        Optional<BigDecimal> parsed;
        try {
            parsed = Amounts.parse(typed);
        } catch (RuntimeException e) {
            parsed = Optional.empty();
        }
        String field = "OTHER".equals(choice) || choice.isEmpty() ? "otherAmount" : "amount";
        if (parsed.isEmpty()) {
            form.reject(field, msg.amountInvalid());
            return null;
        }
        BigDecimal amount = parsed.get();
        if (amount.compareTo(config.minAmount()) < 0) {
            form.reject(field, msg.amountTooLow(Formats.money(config.minAmount())));
            return null;
        }
        if (amount.compareTo(config.maxAmount()) > 0) {
            form.reject(field, msg.amountTooHigh(Formats.money(config.maxAmount())));
            return null;
        }
        return amount.setScale(2);
    }

    static boolean validIban(String iban) {
        try {
            IbanUtil.validate(iban.replace(" ", "").toUpperCase(Locale.ROOT));
            return true;
        } catch (IbanFormatException | InvalidCheckDigitException | UnsupportedCountryException e) {
            return false;
        }
    }

    private Map<String, String> defaults() {
        Map<String, String> values = new HashMap<>();
        values.put("amount", config.suggestedAmounts().get(0).setScale(2).toPlainString());
        values.put("frequency", OnlineSignup.Frequency.MONTHLY.name());
        return values;
    }

    private TemplateInstance page(Target target, FormInput form) {
        DonateMsg msg = Texts.of(DonateMsg.class);
        List<Choice> amounts = new ArrayList<>();
        for (BigDecimal suggested : config.suggestedAmounts()) {
            String value = suggested.setScale(2).toPlainString();
            amounts.add(new Choice(value, Formats.money(suggested), value.equals(form.get("amount"))));
        }
        boolean otherChosen = "OTHER".equals(form.get("amount"));
        List<Choice> frequencies = new ArrayList<>();
        for (OnlineSignup.Frequency f : OnlineSignup.Frequency.values()) {
            String label = switch (f) {
                case MONTHLY -> msg.monthly();
                case QUARTERLY -> msg.quarterly();
                case YEARLY -> msg.yearly();
            };
            frequencies.add(new Choice(f.name(), label, f.name().equals(form.get("frequency"))));
        }
        String total = total(form, msg);
        String name = target.appeal() == null ? target.campaign().name : target.appeal().name;
        String lang = Languages.code(Languages.current());
        FormInput shown = withToken(form, target.path());
        return Templates.page(target.path(), name, shown, amounts, frequencies, otherChosen, total,
                msg.total("%a", "%p"),
                msg.otherAmountLabel(Formats.money(config.minAmount()), Formats.money(config.maxAmount())),
                msg.mandateText(config.creditorName(), config.creditorId()), config.privacyUrl(), idealAvailable,
                lang, "/geven/taal/" + Languages.other(Languages.current()) + "?terug=" + target.path());
    }

    /** "Totaal: € 10,00 per maand" for the amount and frequency chosen, or null while they are not both known. */
    private String total(FormInput form, DonateMsg msg) {
        String choice = form.get("amount");
        String typed = "OTHER".equals(choice) ? form.get("otherAmount") : choice;
        Optional<BigDecimal> amount;
        try {
            amount = Amounts.parse(typed);
        } catch (RuntimeException e) {
            return null;
        }
        OnlineSignup.Frequency frequency;
        try {
            frequency = OnlineSignup.Frequency.valueOf(form.get("frequency"));
        } catch (IllegalArgumentException e) {
            return null;
        }
        return amount.map(a -> msg.total(Formats.money(a), DonationService.per(msg, frequency))).orElse(null);
    }

    /** The form as entered, with a new token (shown now) in place of the one it came with. */
    private FormInput withToken(FormInput form, String path) {
        Map<String, String> values = new HashMap<>();
        for (String field : List.of("amount", "otherAmount", "frequency", "initials", "firstName", "infix",
                "lastName", "email", "phone", "street", "houseNumber", "postcode", "city", "consentEmail",
                "consentPost", "consentPhone", "iban", "accountHolder", "authorise")) {
            values.put(field, form.get(field));
        }
        values.put(TOKEN, tokens.issue(path));
        FormInput shown = FormInput.of(values);
        for (String field : List.of("form", "amount", "otherAmount", "frequency", "initials", "firstName", "infix",
                "lastName", "email", "phone", "street", "houseNumber", "postcode", "city", "iban", "accountHolder",
                "authorise")) {
            if (form.error(field) != null) {
                shown.reject(field, form.error(field));
            }
        }
        return shown;
    }
}
