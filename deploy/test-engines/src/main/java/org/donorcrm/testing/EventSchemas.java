package org.donorcrm.testing;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks event data against the producer's published JSON Schema in {@code docs/events/<type>.json}, so a
 * producer's test proves what it writes and a consumer's test proves what it can read.
 */
public final class EventSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** The validation errors of {@code json} against the schema of {@code type}; empty when valid. */
    public static List<String> errors(String type, String json) {
        Schema schema = SCHEMAS.computeIfAbsent(type, EventSchemas::load);
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    /** Whether the producer of {@code type} has published its schema yet. */
    public static boolean exists(String type) {
        return Files.exists(docsEvents().resolve(type + ".json"));
    }

    private static Schema load(String type) {
        Path file = docsEvents().resolve(type + ".json");
        try {
            return REGISTRY.getSchema(Files.readString(file), InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException("no schema for " + type + " at " + file, e);
        }
    }

    /** docs/events of the repository, found from the module's working directory upwards. */
    static Path docsEvents() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("docs/events");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("docs/events not found above " + Path.of("").toAbsolutePath());
    }
}
