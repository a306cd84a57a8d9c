package org.donorcrm.manifests;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules for the services' code that a failure at full size taught, checked over every service's main sources.
 * <p>
 * {@code getResultStream()}: Hibernate's result stream keeps its JDBC statement and result set open until the stream
 * is closed, and {@code findFirst()} or {@code forEach} on it never close it; the connection pool then holds every
 * one of them until the transaction ends. A 100,000-credit bank import looked its fund up once per credit that way
 * and ran gift-service out of heap (62,138 open statements at 62,000 credits). Use {@code getResultList()}.
 */
class SourceRulesTest {

    @Test
    void noServiceLeavesAResultStreamOpen() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (String service : Repo.SERVICES) {
            Path sources = Repo.ROOT.resolve(service).resolve("src/main/java");
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        if (lines.get(i).contains("getResultStream(")) {
                            offenders.add(Repo.relative(file) + ":" + (i + 1));
                        }
                    }
                }
            }
        }
        assertThat(offenders).as("getResultStream() leaves its statement open until the transaction ends; "
                + "use getResultList()").isEmpty();
    }
}
