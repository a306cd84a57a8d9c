package org.donorcrm.platform.http;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code errors} lists each invalid field by JSON pointer, as in the RFC's own
 * example. Never carries a class name or stack trace.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One offending field: its JSON pointer and the reason in English (the API's language). A rule may also name a
     * {@code code} and its {@code args}: the key of the reason in the service's {@code rules} message bundle, from
     * which a screen writes the reason in the user's language ({@code Texts.reason}). Neither is part of the API's
     * answer.
     */
    public record FieldError(String pointer, String detail, @JsonIgnore String code, @JsonIgnore List<Object> args) {

        public FieldError(String pointer, String detail) {
            this(pointer, detail, null, List.of());
        }

        public FieldError {
            args = args == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(args));
        }
    }

    public static Response response(int status, String title, String detail, List<FieldError> errors) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail, null, errors))
                .build();
    }
}
