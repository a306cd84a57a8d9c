package org.donorcrm.donor.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of a request body, to tell a repeat under an Idempotency-Key from a different request. */
final class RequestHash {

    private RequestHash() {
    }

    static String of(ObjectMapper objectMapper, Object request, String key) {
        if (key == null) {
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
