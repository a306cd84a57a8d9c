package org.donorcrm.gift.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The fingerprint of a request body, so that a reused Idempotency-Key with another body is recognised. */
@ApplicationScoped
class RequestHash {

    private final ObjectMapper objectMapper;

    RequestHash(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    String of(String idempotencyKey, Object request) {
        if (idempotencyKey == null) {
            return null;
        }
        try {
            byte[] body = objectMapper.writeValueAsBytes(request);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
