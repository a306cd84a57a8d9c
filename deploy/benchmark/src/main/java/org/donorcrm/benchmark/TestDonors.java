package org.donorcrm.benchmark;

import static org.donorcrm.benchmark.CrmHttp.JSON;
import static org.donorcrm.benchmark.CrmHttp.bearer;
import static org.donorcrm.benchmark.CrmHttp.send;
import static org.donorcrm.benchmark.Log.log;
import static org.donorcrm.benchmark.Settings.DONORS;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** The donors the gifts of (a) and the credits of (b) are for: registered through donor-service's API. */
final class TestDonors {

    private TestDonors() {
    }

    /** Registers BENCH_DONORS donors and waits until gift-service knows them; their ids. */
    static List<String> register() throws Exception {
        List<String> donors = new ArrayList<>();
        log("registering %d donors", DONORS);
        String run = Long.toString(System.currentTimeMillis(), 36);
        for (int d = 0; d < DONORS; d++) {
            String body = "{\"kind\":\"INDIVIDUAL\",\"firstName\":\"Bench\",\"lastName\":\"Donor " + run + "-" + d
                    + "\",\"street\":\"Meetstraat\",\"houseNumber\":\"" + (d + 1) + "\",\"postcode\":\"1234 AB\","
                    + "\"city\":\"Teststad\",\"country\":\"NL\",\"email\":\"bench" + d + "." + run + "@bench.example\"}";
            JsonNode answer = null;
            for (int attempt = 0; attempt < 20 && answer == null; attempt++) {
                HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(Stack.DONOR + "/api/v1/donors"))
                        .header("Authorization", bearer("fundraiser")).header("Content-Type", "application/json")
                        .header("Idempotency-Key", "bench-" + run + "-" + d)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
                if (r.statusCode() == 201 || r.statusCode() == 200) {
                    answer = JSON.readTree(r.body());
                } else {
                    if (attempt == 19) {
                        throw new IllegalStateException("register donor: " + r.statusCode() + " " + r.body());
                    }
                    Thread.sleep(500);
                }
            }
            donors.add(answer.get("id").asText());
        }
        // wait until gift-service knows the last donor and the fund (a zero-amount probe is refused by validation,
        // so use a real gift dated far from the measured months)
        for (int i = 0; i < 120; i++) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(Stack.GIFT + "/api/v1/gifts"))
                    .header("Authorization", bearer("finance")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"donorId\":\"" + donors.get(donors.size() - 1)
                            + "\",\"amount\":\"1.00\",\"currency\":\"EUR\",\"incomeDate\":\"2020-06-01\",\"channel\":\"ONLINE\"}"))
                    .build());
            if (r.statusCode() == 201) {
                log("gift-service knows the donors");
                return donors;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("gift-service does not know the registered donors after 60 s");
    }
}
