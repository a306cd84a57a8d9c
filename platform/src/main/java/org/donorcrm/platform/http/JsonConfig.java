package org.donorcrm.platform.http;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.math.BigDecimal;

/** Money travels as decimal strings ("100.00"), never as JSON numbers that a client might read as a double. */
@Singleton
public class JsonConfig implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        // a month, a year or a count of 1.5 is a client's mistake, not 1 (bad-input corpus, docs/security.md)
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }
}
