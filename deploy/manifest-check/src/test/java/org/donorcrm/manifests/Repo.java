package org.donorcrm.manifests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Where the files under check are: the repository root is handed over by the pom (surefire). */
final class Repo {

    static final Path ROOT = Path.of(System.getProperty("crm.repo.dir", "../..")).toAbsolutePath().normalize();
    static final Path COMPOSE = ROOT.resolve("deploy/compose");
    static final Path K8S = ROOT.resolve("deploy/k8s");
    static final List<String> SERVICES = List.of("donor-service", "gift-service", "campaign-service",
            "reporting-service");

    private Repo() {
    }

    static String relative(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(ROOT) ? ROOT.relativize(abs).toString() : abs.toString();
    }

    /** Every *.yaml / *.yml file under {@code dir}, in a stable order. */
    static List<Path> yamlFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A service's application.properties (read only). */
    static Properties serviceProperties(String service) {
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(ROOT.resolve(service).resolve("src/main/resources/application.properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The topics the services name in their messaging configuration: their own, the ones read, the dead letters. */
    static TreeSet<String> topicsNamedByServices() {
        TreeSet<String> topics = new TreeSet<>();
        for (String service : SERVICES) {
            serviceProperties(service).forEach((key, value) -> {
                String k = key.toString();
                if (k.startsWith("mp.messaging.") && (k.endsWith(".topic") || k.endsWith(".dead-letter-queue.topic"))) {
                    topics.add(value.toString().trim());
                }
            });
        }
        return topics;
    }

    /** The topics one service consumes (its incoming channels). */
    static TreeSet<String> topicsConsumedBy(String service) {
        TreeSet<String> topics = new TreeSet<>();
        serviceProperties(service).forEach((key, value) -> {
            String k = key.toString();
            if (k.startsWith("mp.messaging.incoming.") && k.endsWith(".topic") && !k.contains("dead-letter-queue")) {
                topics.add(value.toString().trim());
            }
        });
        return topics;
    }
}
