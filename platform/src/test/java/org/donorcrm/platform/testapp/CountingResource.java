package org.donorcrm.platform.testapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.donorcrm.platform.http.RuleViolation;
import org.donorcrm.platform.outbox.Outbox;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@link Counted} events through the outbox in one transaction: {@code perAccount} counts of each account,
 * the accounts taking turns (a1 n1, a2 n1, a1 n2, …). With {@code fail} the transaction writes them all and is then
 * rolled back by a broken rule (422). Answers the event ids in the order written.
 */
@Path("/api/v1/test/counts")
@Produces(MediaType.APPLICATION_JSON)
public class CountingResource {

    public record CountRequest(List<String> accounts, int perAccount, boolean fail) {
    }

    private final Counting counting;

    public CountingResource(Counting counting) {
        this.counting = counting;
    }

    @POST
    public List<String> count(CountRequest request) {
        return counting.count(request);
    }

    @ApplicationScoped
    public static class Counting {

        private final Outbox outbox;

        public Counting(Outbox outbox) {
            this.outbox = outbox;
        }

        @Transactional
        public List<String> count(CountRequest request) {
            List<String> ids = new ArrayList<>();
            for (int n = 1; n <= request.perAccount(); n++) {
                for (String account : request.accounts()) {
                    ids.add(outbox.write(Counted.TYPE, account, account, new Counted(account, n)));
                }
            }
            if (request.fail()) {
                throw new RuleViolation("#/fail", "The request asked to be rolled back.");
            }
            return ids;
        }
    }
}
