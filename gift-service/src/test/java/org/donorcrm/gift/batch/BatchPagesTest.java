package org.donorcrm.gift.batch;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.donorcrm.gift.gift.GiftRepository;
import org.donorcrm.gift.support.DonorServiceStub;
import org.donorcrm.gift.support.Replicas;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/**
 * Batch entry as a fundraiser uses it: one gift per line, each line's donor chosen by search (never a typed id),
 * checked against the control values, posted all or none. The fundraiser's own token goes to donor-service
 * ({@link DonorServiceStub}) for the donors' names.
 */
@QuarkusTest
class BatchPagesTest {

    @Inject
    Replicas replicas;

    @Inject
    GiftRepository gifts;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private String anna;
    private String bert;
    private String cees;
    private String campaign;

    @BeforeEach
    void donors() {
        replicas.standardFunds();
        anna = replicas.individual("Anna Batch " + tag);
        bert = replicas.individual("Bert Batch " + tag);
        cees = replicas.individual("Cees Batch " + tag);
        campaign = replicas.campaign("BATCH-" + tag.toUpperCase(), null);
    }

    private static String donorUrl() {
        return ConfigProvider.getConfig().getValue("crm.web.donor-url", String.class);
    }

    /**
     * Three lines: 25.00 + 40.00 + 35.00, the second with its own date and fund, the third for a campaign (search,
     * donor, amount, date, fund, campaign).
     */
    private String[][] threeLines() {
        return new String[][] {
                {"anna", anna, "25,00", "", "", ""},
                {"bert", bert, "40.00", "2026-05-02", "PRG-MIG", ""},
                {"cees", cees, "35", "", "", campaign}};
    }

    /** The batch form as posted: the form's values and its lines. */
    private RequestSpecification batchForm(String controlCount, String controlTotal, String key, String[][] lines) {
        RequestSpecification form = given().redirects().follow(false)
                .header("Origin", RestAssured.baseURI + ":" + RestAssured.port)
                .formParam("batchKey", key).formParam("lines", "10")
                .formParam("controlCount", controlCount).formParam("controlTotal", controlTotal)
                .formParam("incomeDate", "2026-05-04").formParam("channel", "BANK_TRANSFER")
                .formParam("fundCode", "ALG");
        for (int i = 0; i < lines.length; i++) {
            form.formParam("donorSearch" + i, lines[i][0]).formParam("donorId" + i, lines[i][1])
                    .formParam("amount" + i, lines[i][2]).formParam("incomeDate" + i, lines[i][3])
                    .formParam("fundCode" + i, lines[i][4]).formParam("campaignId" + i, lines[i][5]);
        }
        return form;
    }

    private RequestSpecification batchForm(String controlCount, String controlTotal) {
        return batchForm(controlCount, controlTotal, UUID.randomUUID().toString(), threeLines());
    }

    /** The radio button of a donor chosen on a line, checked. */
    private static String chosen(int line, String donorId) {
        return "<input class=\"form-check-input\" type=\"radio\" name=\"donorId" + line + "\" id=\"donor" + line + "-"
                + donorId + "\" value=\"" + donorId + "\" checked>";
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void theFormOffersADonorSearchOnEveryLineAndNoFieldForAnId() {
        given().when().get("/batches/new")
                .then().statusCode(200)
                .body(containsString("<label class=\"visually-hidden\" for=\"donorSearch0\">Donateur op regel 1</label>"))
                .body(containsString("<input class=\"form-control form-control-sm\" type=\"search\" id=\"donorSearch0\" "
                        + "name=\"donorSearch0\" value=\"\""))
                .body(containsString("hx-get=\"/gifts/donor-search?line=0\""))
                .body(containsString("hx-target=\"#donor-options0\""))
                .body(containsString("<label class=\"visually-hidden\" for=\"donorSearch9\">Donateur op regel 10</label>"))
                .body(containsString("hx-get=\"/gifts/donor-search?line=9\""))
                .body(not(containsString("id=\"donorSearch10\"")))
                .body(containsString("<label class=\"visually-hidden\" for=\"amount9\">Bedrag in euro op regel 10</label>"))
                .body(containsString("<label class=\"visually-hidden\" for=\"campaignId0\">Campagne op regel 1</label>"))
                .body(containsString("<option value=\"\">— zoals hierboven —</option>"))
                // the donor is chosen, never typed: the only inputs named donorId… are the radio buttons found
                .body(not(matchesPattern("(?s).*<input(?![^>]*type=\"radio\")[^>]*name=\"donorId.*")))
                .body(not(containsString("donateur-id")));
        given().cookie("crm-lang", "en").when().get("/batches/new")
                .then().statusCode(200)
                .body(containsString("<label class=\"visually-hidden\" for=\"donorSearch4\">Donor on line 5</label>"))
                .body(containsString("<option value=\"\">— as above —</option>"));
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void eachLineSearchesItsOwnDonorsWithTheFundraisersToken() {
        String cora = replicas.individual("Cora Zoeklijn " + tag);
        given().queryParam("line", "3").queryParam("donorSearch3", "zoeklijn " + tag)
                .when().get("/gifts/donor-search")
                .then().statusCode(200)
                .body(containsString(chosen(3, cora)))
                .body(containsString("<label class=\"form-check-label\" for=\"donor3-" + cora + "\"><strong>Cora Zoeklijn "
                        + tag + "</strong> · nr. " + DonorServiceStub.numberOf(cora) + " · 1011 AB Amsterdam</label>"))
                .body(not(containsString(">" + cora + "<")));
        assertThat(DonorServiceStub.askedBy("fenna"))
                .contains("/api/v1/donors?q=zoeklijn " + tag + "&size=8&countUpTo=9");
        // the form with one donor: its field donorSearch, its choice donorId
        given().queryParam("donorSearch", "zoeklijn " + tag).when().get("/gifts/donor-search")
                .then().statusCode(200)
                .body(containsString("<input class=\"form-check-input\" type=\"radio\" name=\"donorId\" id=\"donor-"
                        + cora + "\" value=\"" + cora + "\" checked>"));
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void aFundraiserChecksAndPostsAThreeGiftBatchAndSeesItsGiftsByDonorName() {
        // checking shows what the lines add up to beside the control values, each donor still chosen, and stores
        // nothing
        batchForm("3", "100.00").when().post("/batches/check")
                .then().statusCode(200)
                .body(containsString("<th>Totaal</th><td class=\"money\">€ 100,00</td>"))
                .body(not(containsString("wijkt af")))
                .body(containsString(chosen(0, anna)))
                .body(containsString("<strong>Anna Batch " + tag + "</strong>"))
                .body(containsString(chosen(1, bert)))
                .body(containsString("<strong>Bert Batch " + tag + "</strong>"))
                .body(containsString("<option value=\"PRG-MIG\" selected>PRG-MIG"))
                // the campaign from the list of open campaigns, on the line it was chosen on
                .body(containsString("<option value=\"" + campaign + "\" selected>BATCH-" + tag.toUpperCase()
                        + "</option>"));
        assertThat(giftsOf(anna, bert, cees)).isZero();

        String location = batchForm("3", "100.00").when().post("/batches")
                .then().statusCode(303)
                .header("Location", matchesPattern(".*/batches/[0-9a-f-]{36}"))
                .extract().header("Location");

        // 25.00 + 40.00 + 35.00 = 100.00 in three gifts; the second line took its own date and fund; every donor
        // by name, linked to the donor's page in donor-service, none by id
        given().when().get(location)
                .then().statusCode(200)
                .body(containsString("3 giften, samen € 100,00"))
                .body(containsString("door fenna"))
                .body(containsString("<a href=\"" + donorUrl() + "/donors/" + anna + "\">Anna Batch " + tag + "</a>"))
                .body(containsString("<a href=\"" + donorUrl() + "/donors/" + bert + "\">Bert Batch " + tag + "</a>"))
                .body(containsString("<a href=\"" + donorUrl() + "/donors/" + cees + "\">Cees Batch " + tag + "</a>"))
                .body(containsString("€ 25,00"))
                .body(containsString("€ 40,00"))
                .body(containsString("€ 35,00"))
                .body(containsString("02-05-2026"))
                .body(containsString("PRG-MIG"))
                .body(not(containsString(">" + anna + "<")));
        // the names of the batch's gifts in one call, with the fundraiser's own token
        assertThat(DonorServiceStub.askedBy("fenna"))
                .contains("/api/v1/donors?ids=" + anna + "," + bert + "," + cees + "&size=3");
        given().cookie("crm-lang", "en").when().get(location)
                .then().statusCode(200)
                .body(containsString("3 gifts totalling € 100,00"))
                .body(containsString("by fenna"))
                .body(containsString("(control: 3 gifts, € 100,00)"));
        assertThat(giftsOf(anna, bert, cees)).isEqualTo(3);
        assertThat(QuarkusTransaction.requiringNew().call(() -> gifts.find("donorId", cees).firstResult().campaignId))
                .isEqualTo(campaign);
        assertThat(QuarkusTransaction.requiringNew().call(() -> gifts.find("donorId", anna).firstResult().campaignId))
                .isNull();
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void aControlTotalOffByACentShowsTheDifferenceAndStoresNothing() {
        batchForm("3", "100.01").when().post("/batches/check")
                .then().statusCode(200)
                .body(containsString("wijkt af"));
        batchForm("3", "100.01").when().post("/batches")
                .then().statusCode(422)
                .body(containsString("<div class=\"field-error\">de giften tellen op tot € 100,00, het controletotaal is "
                        + "€ 100,01</div>"))
                .body(not(containsString("the gifts add up to")))
                // the form comes back as entered
                .body(containsString("value=\"100.01\""))
                .body(containsString("<input class=\"form-control form-control-sm money\" id=\"amount2\" name=\"amount2\" "
                        + "value=\"35\" inputmode=\"decimal\">"))
                .body(containsString(chosen(2, cees)));
        assertThat(giftsOf(anna, bert, cees)).isZero();
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void aLineWithoutADonorOrWithABadAmountIsShownAgainWithItsReasonAndNothingIsStored() {
        String[][] lines = threeLines();
        lines[1][1] = "";
        lines[2][2] = "twenty";
        batchForm("3", "100.00", UUID.randomUUID().toString(), lines)
                .when().post("/batches")
                .then().statusCode(422)
                // the reason beside the line's field, in Dutch
                .body(containsString("<fieldset id=\"donor-options1\" class=\"mt-1 small\" aria-live=\"polite\">"))
                .body(containsString("kies de donateur: typ een deel van de naam en kies uit de gevonden donateurs"))
                .body(containsString("value=\"twenty\" inputmode=\"decimal\">\n          <div class=\"field-error\">"
                        + "geen bedrag; schrijf bijvoorbeeld 1.234,56 of 25,00</div>"))
                // the search typed on line 2 stays, and the donors chosen on the other lines stay chosen, by name
                .body(containsString("id=\"donorSearch1\" name=\"donorSearch1\" value=\"bert\""))
                .body(not(containsString("name=\"donorId1\"")))
                .body(containsString(chosen(0, anna)))
                .body(containsString("<strong>Anna Batch " + tag + "</strong>"))
                .body(containsString(chosen(2, cees)))
                .body(containsString("<strong>Cees Batch " + tag + "</strong>"));
        assertThat(giftsOf(anna, bert, cees)).isZero();
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void aDonorGiftServiceDoesNotKnowIsRefusedInWordsWithoutItsId() {
        // a donor gift-service does not know is found by the service, inside the all-or-nothing transaction
        String unknown = UUID.randomUUID().toString();
        String[][] lines = threeLines();
        lines[1][1] = unknown;
        batchForm("3", "100.00", UUID.randomUUID().toString(), lines)
                .when().post("/batches")
                .then().statusCode(422)
                .body(containsString("deze donateur is hier nog niet bekend (net ingeschreven?); probeer het over een "
                        + "minuut opnieuw"))
                .body(not(containsString("unknown donor")))
                .body(not(containsString(">" + unknown)));
        assertThat(giftsOf(anna, bert, cees)).isZero();
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void moreLinesKeepWhatWasEntered() {
        batchForm("3", "100.00").when().post("/batches/lines")
                .then().statusCode(200)
                .body(containsString("<input type=\"hidden\" name=\"lines\" value=\"20\">"))
                .body(containsString("<label class=\"visually-hidden\" for=\"donorSearch19\">Donateur op regel 20</label>"))
                .body(not(containsString("id=\"donorSearch20\"")))
                .body(containsString(chosen(1, bert)))
                .body(containsString("id=\"amount1\" name=\"amount1\" value=\"40.00\""))
                .body(containsString("10 regels erbij"));
        assertThat(giftsOf(anna, bert, cees)).isZero();
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void postingTheSameFormTwicePostsOneBatch() {
        String key = UUID.randomUUID().toString();
        String first = batchForm("3", "100.00", key, threeLines())
                .when().post("/batches").then().statusCode(303).extract().header("Location");
        String second = batchForm("3", "100.00", key, threeLines())
                .when().post("/batches").then().statusCode(303).extract().header("Location");
        assertThat(second).isEqualTo(first);
        assertThat(giftsOf(anna, bert, cees)).isEqualTo(3);
    }

    @Test
    @TestSecurity(user = "dirk", roles = "director")
    void aDirectorHasNoBatchScreens() {
        given().when().get("/batches/new").then().statusCode(403);
        given().when().get("/batches").then().statusCode(403);
        given().when().get("/gifts/donor-search").then().statusCode(403);
        given().when().get("/").then().statusCode(200)
                .body(not(containsString("href=\"/batches\"")))
                .body(not(containsString("href=\"/bank\"")))
                .body(containsString("href=\"/grants\""));
    }

    private long giftsOf(String... donors) {
        return QuarkusTransaction.requiringNew().call(() -> gifts.count("donorId in ?1", List.of(donors)));
    }
}
