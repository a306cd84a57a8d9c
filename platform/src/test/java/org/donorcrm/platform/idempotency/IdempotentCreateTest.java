package org.donorcrm.platform.idempotency;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.donorcrm.platform.testapp.Db;
import org.donorcrm.testing.TestData;
import org.donorcrm.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A create under an Idempotency-Key, as a client that repeats a request sees it (testapp.NoteResource on
 * IdempotentCreate): created once, answered the same every time.
 */
@QuarkusTest
class IdempotentCreateTest {

    private static final String NOTES = "/api/v1/test/notes";

    @Inject
    DataSource dataSource;

    private Db db;

    @BeforeEach
    void connect() {
        db = new Db(dataSource);
    }

    @Test
    void theFirstRequestCreates201WithLocation() {
        String key = TestData.id();
        String text = "first " + key;

        Response created = create(key, text, "25.50");

        assertThat(created.statusCode()).isEqualTo(201);
        String id = created.jsonPath().getString("id");
        assertThat(created.header("Location")).endsWith(NOTES + "/" + id);
        assertThat(created.header("Idempotent-Replayed")).isNull();
        assertThat(created.jsonPath().getString("text")).isEqualTo(text);
        assertThat(created.jsonPath().getString("amount")).isEqualTo("25.50"); // money as a decimal string
        assertThat(created.jsonPath().getString("createdBy")).isEqualTo("frank");
        assertThat(db.one("select resource_id from idempotent_request where idempotency_key = ?", key)).isEqualTo(id);
        assertThat(db.one("select operation from idempotent_request where idempotency_key = ?", key))
                .isEqualTo("create-note");
        assertThat(db.one("select created_by from idempotent_request where idempotency_key = ?", key))
                .isEqualTo("frank");
    }

    @Test
    void theSameRequestAgainAnswersWithWhatTheFirstCreatedAndCreatesNothing() {
        String key = TestData.id();
        String text = "repeat " + key;
        String id = create(key, text, "10.00").then().statusCode(201).extract().jsonPath().getString("id");

        for (int i = 0; i < 2; i++) {
            Response again = create(key, text, "10.00");
            assertThat(again.statusCode()).isEqualTo(201);
            assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(again.jsonPath().getString("id")).isEqualTo(id);
            assertThat(again.header("Location")).endsWith(NOTES + "/" + id);
            assertThat(again.jsonPath().getString("text")).isEqualTo(text);
        }
        assertThat(db.count("select count(*) from test_note where text = ?", text)).isEqualTo(1);
        assertThat(db.count("select count(*) from idempotent_request where idempotency_key = ?", key)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherRequestIs422AndCreatesNothing() {
        String key = TestData.id();
        String text = "reused " + key;
        create(key, text, "10.00").then().statusCode(201);

        Response other = create(key, text, "10.01");

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.contentType()).isEqualTo("application/problem+json");
        assertThat(other.jsonPath().getString("title")).isEqualTo("Idempotency-Key reused");
        assertThat(other.jsonPath().getString("detail"))
                .isEqualTo("Idempotency-Key '" + key + "' was already used for a different request");
        assertThat(db.count("select count(*) from test_note where text = ?", text)).isEqualTo(1);
    }

    @Test
    void withoutAKeyEveryRequestCreates() {
        String text = "no key " + TestData.id();

        String first = create(null, text, "1.00").then().statusCode(201).extract().jsonPath().getString("id");
        String second = create(null, text, "1.00").then().statusCode(201).extract().jsonPath().getString("id");

        assertThat(second).isNotEqualTo(first);
        assertThat(db.count("select count(*) from test_note where text = ?", text)).isEqualTo(2);
    }

    /**
     * Two identical requests at once: both past the look-up of the key before either wrote (the "race:" note waits
     * for its twin), one wins the key, the other answers with what the winner created.
     */
    @Test
    void twoIdenticalRequestsAtOnceBothSucceedWithOneNote() throws Exception {
        String key = TestData.id();
        String text = "race: " + key;
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Response> one = CompletableFuture.supplyAsync(() -> create(key, text, "5.00"), clients);
            CompletableFuture<Response> two = CompletableFuture.supplyAsync(() -> create(key, text, "5.00"), clients);
            List<Response> answers = List.of(one.get(60, TimeUnit.SECONDS), two.get(60, TimeUnit.SECONDS));

            assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).as(answer.asString())
                    .isEqualTo(201));
            String id = answers.get(0).jsonPath().getString("id");
            assertThat(answers.get(1).jsonPath().getString("id")).isEqualTo(id);
            assertThat(answers.stream().filter(a -> "true".equals(a.header("Idempotent-Replayed")))).hasSize(1);
            assertThat(db.count("select count(*) from test_note where text = ?", text)).isEqualTo(1);
            assertThat(db.one("select id from test_note where text = ?", text)).isEqualTo(id);
            assertThat(db.one("select resource_id from idempotent_request where idempotency_key = ?", key))
                    .isEqualTo(id);
        } finally {
            clients.shutdownNow();
        }
    }

    private static Response create(String key, String text, String amount) {
        var request = given().auth().oauth2(TestTokens.forUser("frank", "fundraiser")).contentType(ContentType.JSON)
                .body("{\"text\": \"" + text + "\", \"amount\": \"" + amount + "\"}");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post(NOTES);
    }
}
