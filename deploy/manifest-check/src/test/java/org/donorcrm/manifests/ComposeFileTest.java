package org.donorcrm.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** deploy/compose: the Compose file against the Compose Specification, and what the services need from it. */
class ComposeFileTest {

    static final Path FILE = Repo.COMPOSE.resolve("compose.yaml");
    static Map<String, String> env;
    static Compose.Interpolated compose;

    @BeforeAll
    static void interpolate() {
        List<Yaml.Doc> docs = Yaml.read(FILE);
        assertThat(docs).hasSize(1);
        env = Compose.envFile(Repo.COMPOSE.resolve(".env.example"));
        compose = Compose.interpolate(docs.get(0).node(), env);
    }

    @Test
    void everyYamlFileUnderComposeIsAValidComposeFile() {
        List<String> problems = new ArrayList<>();
        List<Path> files = Repo.yamlFiles(Repo.COMPOSE);
        assertThat(files).contains(FILE);
        for (Path file : files) {
            for (Yaml.Doc doc : Yaml.read(file)) {
                Compose.Interpolated i = Compose.interpolate(doc.node(), env);
                problems.addAll(i.problems());
                problems.addAll(Compose.validate(i.tree(), doc.source()));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyVariableIsInEnvExampleAndEveryLineOfItIsUsed() {
        assertThat(compose.problems()).isEmpty();
        TreeSet<String> unused = new TreeSet<>(env.keySet());
        unused.removeAll(compose.variables());
        assertThat(unused).as("variables in .env.example that compose.yaml never reads").isEmpty();
    }

    @Test
    void theEnvExampleCommitsNoSecret() throws IOException {
        env.forEach((key, value) -> {
            if (key.contains("PASSWORD") || key.contains("PEPPER")) {
                assertThat(value).as(key + " in .env.example").isEmpty();
            }
        });
        assertThat(Files.readString(Repo.COMPOSE.resolve(".gitignore")).lines()).contains(".env");
    }

    @Test
    void servicesStartOnlyOnceWhatTheyNeedIsHealthyAndEachLongRunningOneHasAHealthcheck() {
        JsonNode services = compose.tree().path("services");
        for (Iterator<Map.Entry<String, JsonNode>> it = services.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> s = it.next();
            JsonNode service = s.getValue();
            assertThat(service.path("image").asText()).as(s.getKey() + " image")
                    .contains(":").doesNotEndWith(":latest");
            for (Iterator<Map.Entry<String, JsonNode>> d = service.path("depends_on").fields(); d.hasNext(); ) {
                Map.Entry<String, JsonNode> dep = d.next();
                assertThat(services.has(dep.getKey())).as(s.getKey() + " depends on " + dep.getKey()).isTrue();
                String expected = dep.getKey().equals("kafka-topics") ? "service_completed_successfully" : "service_healthy";
                assertThat(dep.getValue().path("condition").asText()).as(s.getKey() + " -> " + dep.getKey())
                        .isEqualTo(expected);
                if (expected.equals("service_healthy")) {
                    assertThat(services.path(dep.getKey()).has("healthcheck")).as(dep.getKey() + " healthcheck").isTrue();
                }
            }
            if (!s.getKey().equals("kafka-topics")) {
                assertThat(service.has("healthcheck")).as(s.getKey() + " healthcheck").isTrue();
                assertThat(service.path("restart").asText()).as(s.getKey() + " restart").isEqualTo("unless-stopped");
            }
        }
        for (String service : Repo.SERVICES) {
            assertThat(services.path(service).path("depends_on").has("mysql")).isTrue();
            assertThat(services.path(service).path("depends_on").has("kafka-topics")).isTrue();
            assertThat(services.path(service).path("depends_on").has("keycloak")).isTrue();
        }
        assertThat(services.path("kafka").path("image").asText()).isEqualTo("apache/kafka:4.1.1");
        assertThat(services.path("mysql").path("image").asText()).isEqualTo("mysql:8.4");
        assertThat(services.path("keycloak").path("image").asText()).isEqualTo("quay.io/keycloak/keycloak:26.7.3");
    }

    @Test
    void theFourServicesGetTheConfigurationTheyReadAndRunReadOnly() {
        JsonNode services = compose.tree().path("services");
        for (String name : Repo.SERVICES) {
            JsonNode service = services.path(name);
            JsonNode e = service.path("environment");
            assertThat(service.path("image").asText()).isEqualTo("donor-crm/" + name + ":1.0.0-SNAPSHOT");
            assertThat(e.path("QUARKUS_HTTP_HOST").asText()).isEqualTo("0.0.0.0");
            assertThat(e.path("CRM_DB_BASE_URL").asText()).isEqualTo("jdbc:mysql://mysql:3306");
            assertThat(e.path("KAFKA_BOOTSTRAP_SERVERS").asText()).isEqualTo("kafka:9092");
            assertThat(e.path("CRM_OIDC_URL").asText()).isEqualTo("http://keycloak:8080/realms/donor-crm");
            assertThat(e.path("CRM_DB_USER").asText()).isEqualTo(name.replace("-", "_"));
            assertThat(e.has("CRM_DB_PASSWORD")).isTrue();
            assertThat(e.path("QUARKUS_HTTP_PORT").asText())
                    .isEqualTo(Repo.serviceProperties(name).getProperty("quarkus.http.port"));
            assertThat(service.path("read_only").asBoolean()).as(name + " read_only").isTrue();
            assertThat(service.path("tmpfs").toString()).contains("/tmp");
        }
        JsonNode gift = services.path("gift-service").path("environment");
        for (String key : List.of("CRM_SEPA_CREDITOR_ID", "CRM_SEPA_CREDITOR_NAME", "CRM_SEPA_CREDITOR_IBAN",
                "CRM_SEPA_CREDITOR_BIC", "CRM_BANK_ACCOUNTS", "CRM_BANK_IBAN_PEPPER")) {
            assertThat(gift.has(key)).as("gift-service " + key).isTrue();
        }
    }

    @Test
    void everyBindMountedFileExists() {
        for (Iterator<Map.Entry<String, JsonNode>> it = compose.tree().path("services").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> s = it.next();
            for (JsonNode volume : s.getValue().path("volumes")) {
                String source = volume.asText().split(":")[0];
                if (source.startsWith(".")) {
                    assertThat(Repo.COMPOSE.resolve(source)).as(s.getKey() + " mounts " + source).exists();
                }
            }
        }
    }

    @Test
    void mysqlInitGivesEachServiceUserItsOwnDatabaseOnly() throws IOException {
        String script = Files.readString(Repo.COMPOSE.resolve("mysql-init/01-crm-databases.sh"));
        Matcher m = Pattern.compile("(?m)^\\s*crm_create_database_sql (\\S+) (\\S+) \"\\$\\{(\\w+):\\?}\"").matcher(script);
        TreeSet<String> seen = new TreeSet<>();
        JsonNode services = compose.tree().path("services");
        while (m.find()) {
            String database = m.group(1);
            String user = m.group(2);
            String passwordVariable = m.group(3);
            seen.add(database);
            assertThat(services.path("mysql").path("environment").has(passwordVariable))
                    .as("mysql gets " + passwordVariable).isTrue();
            for (String name : Repo.SERVICES) {
                if (services.path(name).path("environment").path("CRM_DB_USER").asText().equals(user)) {
                    assertThat(database).isEqualTo("crm_" + name.replace("-service", ""));
                    assertThat(Repo.serviceProperties(name).getProperty("quarkus.datasource.jdbc.url"))
                            .contains("/" + database + "?");
                }
            }
        }
        assertThat(seen).containsExactlyInAnyOrder("crm_donor", "crm_gift", "crm_campaign", "crm_reporting", "keycloak");
        assertThat(script).contains("GRANT ALL PRIVILEGES ON \\`$1\\`.* TO '$2'@'%';")
                .doesNotContain("ON *.* TO '$2'");
    }

    @Test
    void theTopicScriptDeclaresEveryTopicTheServicesNameKeptForever() throws IOException {
        String script = Files.readString(Repo.COMPOSE.resolve("kafka-init/create-topics.sh"));
        Matcher list = Pattern.compile("TOPICS=\\(([^)]*)\\)").matcher(script);
        assertThat(list.find()).isTrue();
        TreeSet<String> topics = new TreeSet<>(List.of(list.group(1).trim().split("\\s+")));
        assertThat(topics).isEqualTo(Repo.topicsNamedByServices());
        assertThat(script).contains("--config retention.ms=-1").contains("--partitions \"$PARTITIONS\"");
    }
}
