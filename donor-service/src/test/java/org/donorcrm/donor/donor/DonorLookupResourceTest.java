package org.donorcrm.donor.donor;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.donorcrm.testing.TestTokens;
import org.donorcrm.testing.security.ApiOperations;
import org.iban4j.CountryCode;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.donorcrm.donor.ApiClient.as;
import static org.donorcrm.donor.ApiClient.freshIban;
import static org.donorcrm.donor.ApiClient.individual;
import static org.donorcrm.donor.ApiClient.register;
import static org.donorcrm.donor.ApiClient.unique;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * The donor lookup of gift-service's bank matching: holders per IBAN and the donor per number, only active donors
 * (an erased donor's IBAN and number find nobody, a changed IBAN finds the donor only by its new one, a merged
 * donor's number finds the survivor), and the role rules: the service role donor-lookup only, here and nowhere else.
 */
@QuarkusTest
class DonorLookupResourceTest {

    private static final String LOOKUP = "/api/v1/donor-lookup";

    @TestHTTPResource("/")
    URI baseUri;

    private static RequestSpecification service() {
        return given().auth().oauth2(TestTokens.forUser("service-account-gift-service", "donor-lookup"))
                .contentType(ContentType.JSON);
    }

    @Test
    void answersTheHoldersOfEachIbanAndTheDonorOfEachNumber() {
        String joint = freshIban(CountryCode.NL);
        String own = freshIban(CountryCode.NL);
        String nobodys = freshIban(CountryCode.NL);
        String anna = register(individual("Anna", unique("Joint"), null, null, joint));
        String bert = register(individual("Bert", unique("Joint"), null, null, joint));
        String carla = register(individual("Carla", unique("Own"), null, null, own));
        long annaNumber = number(anna);
        long carlaNumber = number(carla);
        // the IBAN as a bank or a person writes it: groups of four, lower case
        String ownAsTyped = spaced(own).toLowerCase();

        service().body(body(List.of(joint, ownAsTyped, nobodys), List.of(annaNumber, carlaNumber, 999_999_999L)))
                .when().post(LOOKUP)
                .then().statusCode(200)
                .body("holders." + joint, contains(anna, bert))
                .body("holders." + own, contains(carla))
                .body("holders." + nobodys, nullValue())
                .body("donors.'" + annaNumber + "'", equalTo(anna))
                .body("donors.'" + carlaNumber + "'", equalTo(carla))
                .body("donors.'999999999'", nullValue());

        service().body("{}").when().post(LOOKUP)
                .then().statusCode(200).body("holders", anEmptyMap()).body("donors", anEmptyMap());
    }

    @Test
    void anErasedDonorAChangedIbanAndAMergedDonorsNumber() {
        String erasedIban = freshIban(CountryCode.NL);
        String erased = register(individual("Erik", unique("Erased"), null, null, erasedIban));
        long erasedNumber = number(erased);
        service().body(body(List.of(erasedIban), List.of(erasedNumber))).when().post(LOOKUP)
                .then().statusCode(200).body("holders." + erasedIban, contains(erased))
                .body("donors.'" + erasedNumber + "'", equalTo(erased));
        as("admin").when().post("/api/v1/donors/" + erased + "/erasure").then().statusCode(200);
        service().body(body(List.of(erasedIban), List.of(erasedNumber))).when().post(LOOKUP)
                .then().statusCode(200).body("holders", anEmptyMap()).body("donors", anEmptyMap());

        String oldIban = freshIban(CountryCode.NL);
        String newIban = freshIban(CountryCode.BE);
        String last = unique("Moved");
        String mover = register(individual("Mia", last, null, null, oldIban));
        as("finance").body(individual("Mia", last, null, null, newIban)).when().put("/api/v1/donors/" + mover)
                .then().statusCode(200);
        service().body(body(List.of(oldIban, newIban), List.of())).when().post(LOOKUP)
                .then().statusCode(200)
                .body("holders." + oldIban, nullValue())
                .body("holders." + newIban, contains(mover));

        String survivor = register(individual("Sam", unique("Survivor"), null, null, null));
        String merged = register(individual("Sam", unique("Merged"), null, null, freshIban(CountryCode.NL)));
        long mergedNumber = number(merged);
        as("fundraiser").body("{\"survivorId\":\"%s\",\"mergedId\":\"%s\",\"choices\":{}}".formatted(survivor, merged))
                .when().post("/api/v1/donor-merges").then().statusCode(200);
        service().body(body(List.of(), List.of(mergedNumber, number(survivor)))).when().post(LOOKUP)
                .then().statusCode(200)
                .body("donors.'" + mergedNumber + "'", equalTo(survivor))
                .body("donors.'" + number(survivor) + "'", equalTo(survivor));
    }

    @Test
    void onlyTheServiceRoleMayAskAndThatRoleMayAskNothingElse() {
        String payload = body(List.of(freshIban(CountryCode.NL)), List.of(100_001L));
        for (String role : List.of("fundraiser", "finance", "director", "admin")) {
            as(role).body(payload).when().post(LOOKUP).then().statusCode(403);
        }
        given().auth().oauth2(TestTokens.forUser("no-role")).contentType(ContentType.JSON).body(payload)
                .when().post(LOOKUP).then().statusCode(403);
        given().contentType(ContentType.JSON).body(payload).when().post(LOOKUP).then().statusCode(401);
        service().body(payload).when().post(LOOKUP).then().statusCode(200);

        // every other operation of the API refuses the service role
        String token = TestTokens.forUser("service-account-gift-service", "donor-lookup");
        List<String> allowed = new ArrayList<>();
        int asked = 0;
        for (ApiOperations.Operation op : ApiOperations.of(baseUri)) {
            if (op.path().equals(LOOKUP)) {
                continue;
            }
            RequestSpecification request = given().auth().oauth2(token);
            if (op.takesBody()) {
                request = request.contentType(op.bodyTypes().get(0)).body("{");
            }
            int status = request.when().request(op.method(), op.concretePath() + op.requiredQuery())
                    .then().extract().statusCode();
            asked++;
            if (status != 403) {
                allowed.add(op.key() + " → " + status);
            }
        }
        assertThat(asked).isGreaterThan(20);
        assertThat(allowed).isEmpty();
    }

    @Test
    void badInputIsAProblemAndAnswersNothing() {
        List<String> tooMany = IntStream.range(0, 501).mapToObj(i -> "NL91ABNA0417164300").toList();
        service().body(body(tooMany, List.of())).when().post(LOOKUP)
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400))
                .body("errors.pointer", hasItem("#/ibans"));
        List<Long> tooManyNumbers = IntStream.range(0, 501).mapToObj(i -> 100_001L + i).toList();
        service().body(body(List.of(), tooManyNumbers)).when().post(LOOKUP)
                .then().statusCode(400).body("errors.pointer", hasItem("#/numbers"));
        service().body("{\"ibans\":[\"' OR 1=1 --\"]}").when().post(LOOKUP)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.pointer", hasItem("#/ibans/0"));
        service().body("{\"numbers\":[\"abc\"]}").when().post(LOOKUP)
                .then().statusCode(400).contentType("application/problem+json");
        service().body("{\"numbers\":[0]}").when().post(LOOKUP)
                .then().statusCode(400).body("errors.pointer", hasItem("#/numbers/0"));
        service().contentType(ContentType.TEXT).body("NL91ABNA0417164300").when().post(LOOKUP)
                .then().statusCode(415);
        service().body("").when().post(LOOKUP).then().statusCode(400).body("status", equalTo(400))
                .body("title", not(equalTo(null)));
    }

    private static long number(String donorId) {
        return ((Number) as("fundraiser").when().get("/api/v1/donors/" + donorId)
                .then().statusCode(200).extract().path("number")).longValue();
    }

    private static String spaced(String iban) {
        return IntStream.range(0, (iban.length() + 3) / 4)
                .mapToObj(i -> iban.substring(i * 4, Math.min(iban.length(), i * 4 + 4)))
                .collect(Collectors.joining(" "));
    }

    private static String body(List<String> ibans, List<Long> numbers) {
        return "{\"ibans\":[" + ibans.stream().map(i -> "\"" + i + "\"").collect(Collectors.joining(","))
                + "],\"numbers\":[" + numbers.stream().map(String::valueOf).collect(Collectors.joining(","))
                + "]}";
    }
}
