package org.donorcrm.testing.badinput;

import java.util.Set;

/**
 * One hostile request of the corpus and the exact answer it must get.
 *
 * @param operation       the OpenAPI operation it targets ("POST /api/v1/gifts"): the matrix in docs/security.md
 *                        says which role's token it is sent with
 * @param name            what is wrong with it, for the failure message ("amount: three decimals")
 * @param method          HTTP method
 * @param pathAndQuery    the concrete path with its query string, already URL-encoded
 * @param contentType     the Content-Type header, or null for none
 * @param body            the body bytes, or null for none
 * @param expect          the answer it must get
 * @param statuses        for {@link Expect#REJECTED}: the exact statuses allowed (empty: any 4xx but 401/403)
 * @param forbiddenInAnswer text that must not appear in the answer (e.g. the first line of /etc/passwd), or null
 */
public record BadInput(String operation, String name, String method, String pathAndQuery, String contentType,
                       byte[] body, Expect expect, Set<Integer> statuses, String forbiddenInAnswer) {

    /** What the service must answer. Either way nothing may be stored and nothing published. */
    public enum Expect {
        /** Invalid input: a 4xx (not 401/403) problem+json with status and title. Never 2xx, never 5xx. */
        REJECTED,
        /**
         * Hostile but legitimate input (an injection string in a free-text search, a formula in a free-text
         * cell): any answer but a 5xx; a 4xx must still be problem+json. Nothing stored either way (these are
         * only used on operations that read).
         */
        HARMLESS
    }

    public static BadInput rejected(String operation, String name, String method, String pathAndQuery,
                                    String contentType, byte[] body) {
        return new BadInput(operation, name, method, pathAndQuery, contentType, body, Expect.REJECTED, Set.of(), null);
    }

    /** The same request, allowed only the given statuses. */
    public BadInput withStatuses(Integer... exact) {
        return new BadInput(operation, name, method, pathAndQuery, contentType, body, expect, Set.of(exact),
                forbiddenInAnswer);
    }

    /** The same request; its answer must not contain {@code text}. */
    public BadInput without(String text) {
        return new BadInput(operation, name, method, pathAndQuery, contentType, body, expect, statuses, text);
    }

    public BadInput harmless() {
        return new BadInput(operation, name, method, pathAndQuery, contentType, body, Expect.HARMLESS, statuses,
                forbiddenInAnswer);
    }

    @Override
    public String toString() {
        return operation + " [" + name + "]";
    }
}
