package org.donorcrm.gift.bankimport;

import jakarta.ws.rs.core.Response;
import org.donorcrm.platform.http.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A rejected statement file as an RFC 9457 problem. */
public class StatementRejectedMapper {

    @ServerExceptionMapper
    public Response rejected(StatementRejected e) {
        return Problem.response(e.status(), e.status() == 400 ? "Unreadable statement" : "Statement not accepted",
                e.getMessage(), e.fields().stream().map(f -> new Problem.FieldError(f.pointer(), f.detail())).toList());
    }
}
