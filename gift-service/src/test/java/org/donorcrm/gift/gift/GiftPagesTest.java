package org.donorcrm.gift.gift;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.donorcrm.gift.support.DonorServiceStub;
import org.donorcrm.gift.support.Replicas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/** The gift screens as a signed-in person uses them (sign-in itself is the end-to-end tests' part). */
@QuarkusTest
class GiftPagesTest {

    @Inject
    Replicas replicas;

    @Inject
    GiftRepository gifts;

    @Inject
    GiftService giftService;

    private String donorId;

    @BeforeEach
    void donor() {
        replicas.standardFunds();
        donorId = replicas.individual();
    }

    private String origin() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void aFundraiserEntersAGiftSplitOverTwoFundsAndSeesIt() {
        String location = given().redirects().follow(false)
                .header("Origin", origin())
                .formParam("donorId", donorId).formParam("amount", "75,50").formParam("incomeDate", "2026-05-04")
                .formParam("channel", "ONLINE")
                .formParam("fundCode0", "ALG").formParam("allocation0", "25.50")
                .formParam("fundCode1", "PRG-MIG").formParam("allocation1", "50.00")
                .when().post("/gifts")
                .then().statusCode(303)
                .header("Location", matchesPattern(".*/gifts/[0-9a-f-]{36}"))
                .extract().header("Location");

        given().when().get(location)
                .then().statusCode(200)
                .body(containsString("Gift van € 75,50 op 4 mei 2026"))
                .body(containsString("PRG-MIG"))
                .body(containsString("€ 50,00"))
                .body(containsString("<strong>Geboekt</strong>"))
                .body(containsString("fenna"));
        given().cookie("crm-lang", "en").when().get(location)
                .then().statusCode(200)
                .body(containsString("Gift of € 75,50 on 4 May 2026"))
                .body(containsString("<strong>Recorded</strong>"))
                .body(containsString("semi-earmarked (programme)"));

        // the donor's gifts: the donor by name where donor-service gives one (here it does not know the donor),
        // never by id
        given().when().get("/donors/" + donorId + "/gifts")
                .then().statusCode(200)
                .body(containsString("<h1 class=\"h3 me-auto\">Giften van de donateur</h1>"))
                .body(containsString("<a href=\"/donors/" + donorId + "/gifts\">de donateur</a>"))
                .body(not(containsString(">" + donorId + "<")))
                .body(containsString("€ 75,50"));
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void aFormWithAWrongSplitIsShownAgainWithTheReasonAndStoresNothing() {
        given().header("Origin", origin())
                .formParam("donorId", donorId).formParam("amount", "100.00").formParam("incomeDate", "2026-05-04")
                .formParam("channel", "BANK_TRANSFER")
                .formParam("fundCode0", "ALG").formParam("allocation0", "60.00")
                .formParam("fundCode1", "PRG-MIG").formParam("allocation1", "39.99")
                .when().post("/gifts")
                .then().statusCode(422)
                .body(containsString("<div class=\"alert alert-danger\">de verdeling telt op tot € 99,99, niet tot het bedrag "
                        + "€ 100,00</div>"))
                .body(not(containsString("allocations add up to")))
                .body(containsString("value=\"39.99\""));
        given().cookie("crm-lang", "en").header("Origin", origin())
                .formParam("donorId", donorId).formParam("amount", "100.00").formParam("incomeDate", "2026-05-04")
                .formParam("channel", "BANK_TRANSFER")
                .formParam("fundCode0", "ALG").formParam("allocation0", "60.00")
                .formParam("fundCode1", "PRG-MIG").formParam("allocation1", "39.99")
                .when().post("/gifts")
                .then().statusCode(422)
                .body(containsString("<div class=\"alert alert-danger\">the allocations add up to € 99,99, not to the amount "
                        + "€ 100,00</div>"));
        assertThat(giftsOf(donorId)).isZero();
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void aFormWithoutADonorChosenSaysSoInDutchAndKeepsWhatWasTyped() {
        given().header("Origin", origin())
                .formParam("donorSearch", "jansen").formParam("amount", "20,00").formParam("incomeDate", "2026-05-04")
                .formParam("channel", "BANK_TRANSFER").formParam("fundCode0", "ALG")
                .when().post("/gifts")
                .then().statusCode(422)
                .body(containsString("id=\"donorSearch\" name=\"donorSearch\" value=\"jansen\""))
                .body(containsString("<div class=\"field-error\">kies de donateur: typ een deel van de naam en kies uit de "
                        + "gevonden donateurs</div>"))
                .body(containsString("value=\"20,00\""));
        given().cookie("crm-lang", "en").header("Origin", origin())
                .formParam("amount", "20,00").formParam("incomeDate", "2026-05-04").formParam("channel", "BANK_TRANSFER")
                .when().post("/gifts")
                .then().statusCode(422)
                .body(containsString("<div class=\"field-error\">choose the donor: type part of the name and choose among "
                        + "the donors found</div>"));
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void aFormPostFromAnotherSiteIsRefused() {
        given().header("Origin", "https://evil.example")
                .formParam("donorId", donorId).formParam("amount", "100.00").formParam("incomeDate", "2026-05-04")
                .formParam("channel", "BANK_TRANSFER")
                .when().post("/gifts")
                .then().statusCode(403);
        given().formParam("donorId", donorId).formParam("amount", "100.00").formParam("incomeDate", "2026-05-04")
                .formParam("channel", "BANK_TRANSFER")
                .when().post("/gifts")
                .then().statusCode(403);
        assertThat(giftsOf(donorId)).isZero();
    }

    @Test
    @TestSecurity(user = "dirk", roles = "director")
    void aDirectorSeesTheGiftsButNotTheEntryForm() {
        given().when().get("/").then().statusCode(200)
                .body(containsString("Laatste giften"))
                .body(not(containsString("Gift vastleggen")));
        given().cookie("crm-lang", "en").when().get("/").then().statusCode(200)
                .body(containsString("Latest gifts"))
                .body(containsString("<th>Income date</th>"))
                .body(not(containsString("Record a gift")));
        given().when().get("/gifts/new").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "dirk", roles = "director")
    void aDirectorSeesAGiftsDonorByNumberAndKindNeverByNameOrId() {
        String named = replicas.donor("COMPANY", "COMPANIES", "Bakkerij Directie BV");
        long number = DonorServiceStub.numberOf(named);
        String giftId = recordedGift(named, "1234.56");

        given().when().get("/gifts/" + giftId).then().statusCode(200)
                .body(containsString("<a href=\"/donors/" + named + "/gifts\">nr. " + number + " · bedrijf</a>"))
                .body(not(containsString("Bakkerij Directie")))
                .body(not(containsString(">" + named + "<")));
        given().when().get("/donors/" + named + "/gifts").then().statusCode(200)
                .body(containsString("<h1 class=\"h3 me-auto\">Giften van nr. " + number + " · bedrijf</h1>"))
                .body(containsString("€ 1.234,56"));
        given().cookie("crm-lang", "en").when().get("/donors/" + named + "/gifts").then().statusCode(200)
                .body(containsString("no. " + number + " · company</a>"));
        assertThat(DonorServiceStub.askedBy("dirk")).contains("/api/v1/donors/references?ids=" + named);
    }

    /** A gift recorded as a fundraiser would, for a test signed in as someone who may not record one. */
    private String recordedGift(String donor, String amount) {
        return QuarkusTransaction.requiringNew().call(() -> giftService.record(new RecordGift(donor,
                new BigDecimal(amount), "EUR", LocalDate.of(2026, 5, 4), null, Channel.BANK_TRANSFER, null, null, null,
                List.of()), "fenna").id);
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void theEntryFormOffersTheOpenFundsOnly() {
        // a gift entered from a donor's page: the donor is chosen already (donor-service names it to the signed-in
        // person; this donor it does not know, so the choice stays, unnamed), and no id is typed or shown
        given().when().get("/gifts/new?donorId=" + donorId).then().statusCode(200)
                .body(containsString("<input class=\"form-check-input\" type=\"radio\" name=\"donorId\" id=\"donor-"
                        + donorId + "\" value=\"" + donorId + "\" checked>"))
                .body(containsString("de gekozen donateur"))
                .body(containsString("hx-get=\"/gifts/donor-search\""))
                .body(containsString("<label class=\"form-label\" for=\"donorSearch\">Donateur</label>"))
                .body(containsString("<option value=\"\">— geen —</option>"))
                .body(containsString("PRJ-DTZ · geoormerkt (project)"))
                .body(containsString(">SEPA-incasso</option>"))
                .body(not(containsString("PRJ-OLD")));
    }

    private long giftsOf(String donor) {
        return QuarkusTransaction.requiringNew().call(() -> gifts.count("donorId", donor));
    }
}
