package org.donorcrm.campaign.code;

import jakarta.ws.rs.core.Response;
import org.donorcrm.platform.http.Conflict;
import org.donorcrm.platform.http.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/**
 * A fund or campaign code that is already taken: 409 "Duplicate code", naming the field {@code #/code} (a screen's
 * form shows the reason at its code field).
 */
public class DuplicateCode extends Conflict {

    public DuplicateCode(String code) {
        super("Duplicate code", "the code " + code + " is already in use");
    }

    /** The platform's conflict answer, with the field it is about. */
    public static class Mapper {

        @ServerExceptionMapper
        public Response duplicate(DuplicateCode e) {
            return Problem.response(409, e.title(), e.getMessage(),
                    List.of(new Problem.FieldError("#/code", e.getMessage())));
        }
    }
}
