package org.donorcrm.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The check must fail on real mistakes: each test breaks one thing, in a small manifest or in a copy of the real
 * files, and expects the problem named.
 */
class BrokenManifestsAreRejectedTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: demo
              namespace: donor-crm
            spec:
              selector:
                matchLabels: {app: demo}
              template:
                metadata:
                  labels: {app: demo}
                spec:
                  containers:
                    - name: demo
                      image: demo:1.0.0
                      ports:
                        - name: http
                          containerPort: 8080
            """;

    @Test
    void aValidSmallDeploymentReadsWithoutProblems() {
        assertThat(models(DEPLOYMENT)).isEmpty();
    }

    @Test
    void aMisspeltFieldIsRejected() {
        String broken = DEPLOYMENT.replace("          ports:", "          livenessProbes: {}\n          ports:");
        assertThat(models(broken)).singleElement().asString()
                .contains("unknown field").contains("livenessProbes");
    }

    @Test
    void aFieldAtTheWrongLevelIsRejected() {
        String broken = DEPLOYMENT.replace("  selector:", "  image: demo:1.0.0\n  selector:");
        assertThat(models(broken)).singleElement().asString().contains("unknown field spec.image");
    }

    @Test
    void aNumberWhereTheApiWantsAStringIsRejected() {
        String broken = DEPLOYMENT.replace("          ports:", "          env:\n            - {name: RETRIES, value: 3}\n          ports:");
        assertThat(models(broken)).singleElement().asString().contains("not a valid Deployment");
    }

    @Test
    void aStringWhereTheApiWantsANumberIsRejected() {
        String broken = DEPLOYMENT.replace("containerPort: 8080", "containerPort: \"8080\"");
        assertThat(models(broken)).singleElement().asString().contains("not a valid Deployment");
    }

    @Test
    void aKindWithoutAModelIsRejected() {
        String broken = DEPLOYMENT.replace("apiVersion: apps/v1", "apiVersion: apps/v1beta1");
        assertThat(models(broken)).singleElement().asString().contains("no model for apiVersion 'apps/v1beta1'");
    }

    @Test
    void aDuplicateKeyIsRejected() {
        String broken = DEPLOYMENT.replace("  name: demo\n", "  name: demo\n  name: other\n");
        assertThatThrownBy(() -> Yaml.parse("test", broken)).hasMessageContaining("duplicate key");
    }

    @Test
    void aMisspeltKafkaTopicFieldIsRejected() {
        String topic = """
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata:
                  name: crm.gifts
                  namespace: kafka
                  labels: {strimzi.io/cluster: crm-kafka}
                spec:
                  partition: 6
                  config: {retention.ms: -1}
                """;
        assertThat(models(topic)).singleElement().asString().contains("unknown field spec.partition");
    }

    @Test
    void theRealGiftDeploymentWithATypoIsRejected() {
        List<String> problems = realBase(docs -> edit(docs, "Deployment", "gift-service", d ->
                ((ObjectNode) d.at("/spec/template/spec/containers/0")).put("imagePullPolicyy", "Always")));
        assertThat(problems).singleElement().asString()
                .contains("gift-service").contains("unknown field spec.template.spec.containers[0].imagePullPolicyy");
    }

    @Test
    void aDeploymentWithoutReadinessProbeBreaksTheRules() {
        List<String> problems = realBase(docs -> edit(docs, "Deployment", "donor-service", d ->
                ((ObjectNode) d.at("/spec/template/spec/containers/0")).remove("readinessProbe")));
        assertThat(problems).singleElement().asString().contains("donor-service").contains("readinessProbe");
    }

    @Test
    void aProbeOnTheWrongPathOrPortBreaksTheRules() {
        List<String> problems = realBase(docs -> edit(docs, "Deployment", "donor-service", d -> {
            ((ObjectNode) d.at("/spec/template/spec/containers/0/livenessProbe/httpGet")).put("path", "/health");
            ((ObjectNode) d.at("/spec/template/spec/containers/0/readinessProbe/httpGet")).put("port", "web");
        }));
        assertThat(problems).hasSize(2).anySatisfy(p -> assertThat(p).contains("livenessProbe must call /q/health/live"))
                .anySatisfy(p -> assertThat(p).contains("readinessProbe port web"));
    }

    @Test
    void aWritableRootFileSystemBreaksTheRules() {
        List<String> problems = realBase(docs -> edit(docs, "Deployment", "reporting-service", d ->
                ((ObjectNode) d.at("/spec/template/spec/containers/0/securityContext")).put("readOnlyRootFilesystem", false)));
        assertThat(problems).singleElement().asString().contains("readOnlyRootFilesystem");
    }

    @Test
    void aSecretKeyThatTheExampleDoesNotHaveBreaksTheRules() {
        List<String> problems = realBase(docs -> edit(docs, "Deployment", "gift-service", d ->
                ((ObjectNode) d.at("/spec/template/spec/containers/0/env/1/valueFrom/secretKeyRef")).put("key", "pepper")));
        assertThat(problems).singleElement().asString().contains("reads key pepper of Secret gift-service-bank");
    }

    @Test
    void anAutoscalerAllowedMoreReplicasThanPartitionsBreaksTheRules() {
        List<String> problems = realBase(docs -> edit(docs, "HorizontalPodAutoscaler", "reporting-service", h ->
                ((ObjectNode) h.path("spec")).set("maxReplicas", IntNode.valueOf(12))));
        assertThat(problems).hasSize(3).allSatisfy(p -> assertThat(p)
                .contains("maxReplicas 12 exceeds the 6 partitions of").contains("reporting-service"));
    }

    @Test
    void aServiceOnOneReplicaOrWithoutItsBudgetOrSpreadBreaksTheRules() {
        List<String> problems = realBase(docs -> edit(docs, "Deployment", "donor-service", d -> {
            ((ObjectNode) d.path("spec")).set("replicas", IntNode.valueOf(1));
            ((ObjectNode) d.at("/spec/template/spec")).remove("topologySpreadConstraints");
        }));
        assertThat(problems).hasSize(2)
                .anySatisfy(p -> assertThat(p).isEqualTo("Deployment donor-service: runs 1 replica at least; every "
                        + "service runs at least 2"))
                .anySatisfy(p -> assertThat(p).startsWith("Deployment donor-service: its pods are not spread"));
        List<String> autoscaled = realBase(docs -> edit(docs, "HorizontalPodAutoscaler", "campaign-service", h ->
                ((ObjectNode) h.path("spec")).set("minReplicas", IntNode.valueOf(1))));
        assertThat(autoscaled).containsExactly("Deployment campaign-service: runs 1 replica at least; every service "
                + "runs at least 2");
    }

    @Test
    void aTopicThatExpiresBreaksTheRules() {
        List<String> problems = realBase(docs -> edit(docs, "KafkaTopic", "crm.gifts", t ->
                ((ObjectNode) t.at("/spec/config")).set("retention.ms", TextNode.valueOf("604800000"))));
        assertThat(problems).singleElement().asString().contains("KafkaTopic crm.gifts").contains("retention.ms must be -1");
    }

    @Test
    void aServiceWhoseSelectorMatchesNoPodBreaksTheRules() {
        List<String> problems = realBase(docs -> edit(docs, "Service", "campaign-service", s ->
                ((ObjectNode) s.at("/spec/selector")).put("app.kubernetes.io/name", "campaigns")));
        assertThat(problems).singleElement().asString().contains("Service campaign-service").contains("matches no Deployment");
    }

    @Test
    void aKustomizationWithAMissingFileOrAnUnknownFieldIsRejected(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources:
                  - deployment.yaml
                patchs:
                  - path: fix.yaml
                """);
        assertThat(Kustomize.render(dir).problems())
                .anySatisfy(p -> assertThat(p).contains("unknown field 'patchs'"))
                .anySatisfy(p -> assertThat(p).contains("resource deployment.yaml does not exist"));
    }

    @Test
    void aPatchThatMatchesNothingIsRejected(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("deployment.yaml"), DEPLOYMENT);
        Files.writeString(dir.resolve("fix.yaml"), DEPLOYMENT.replace("name: demo\n  namespace", "name: dmeo\n  namespace"));
        Files.writeString(dir.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources: [deployment.yaml]
                patches:
                  - path: fix.yaml
                """);
        assertThat(Kustomize.render(dir).problems()).singleElement().asString().contains("matches no resource");
    }

    @Test
    void theComposeFileWithAnUnknownKeyIsRejectedByTheSchema() {
        assertThat(brokenCompose(c -> ((ObjectNode) c.at("/services/kafka")).set("healthchek", c.at("/services/kafka/healthcheck"))))
                .anySatisfy(p -> assertThat(p).contains("healthchek"));
    }

    @Test
    void theComposeFileWithAnInvalidDependsOnConditionIsRejectedByTheSchema() {
        assertThat(brokenCompose(c -> ((ObjectNode) c.at("/services/gift-service/depends_on/mysql")).put("condition", "healthy")))
                .isNotEmpty().anySatisfy(p -> assertThat(p).contains("condition"));
    }

    @Test
    void theComposeFileWithAListWhereAMappingBelongsIsRejectedByTheSchema() {
        assertThat(brokenCompose(c -> ((ObjectNode) c.at("/services/mysql")).put("healthcheck", "mysqladmin ping")))
                .isNotEmpty().anySatisfy(p -> assertThat(p).contains("healthcheck"));
    }

    @Test
    void aRequiredVariableMissingFromTheEnvExampleIsReported() {
        JsonNode tree = Yaml.parse("test", "services:\n  a:\n    image: x:${TAG:?set TAG}\n").get(0).node();
        assertThat(Compose.interpolate(tree, java.util.Map.of()).problems()).singleElement().asString()
                .contains("required ${TAG}");
    }

    private static List<String> models(String yaml) {
        List<String> problems = new ArrayList<>();
        for (Yaml.Doc doc : Yaml.parse("test.yaml", yaml)) {
            problems.addAll(KubernetesModels.read(doc).problems());
        }
        return problems;
    }

    /** The real base, rendered, changed by {@code change}, then checked with the real example secrets. */
    private static List<String> realBase(Consumer<List<Yaml.Doc>> change) {
        Kustomize.Rendered rendered = Kustomize.render(Repo.K8S.resolve("base"));
        assertThat(rendered.problems()).isEmpty();
        List<Yaml.Doc> docs = new ArrayList<>();
        rendered.docs().forEach(d -> docs.add(new Yaml.Doc(d.source(), d.node().deepCopy())));
        assertThat(Manifests.check(withSecrets(docs)).problems()).as("the unchanged base is valid").isEmpty();
        change.accept(docs);
        return Manifests.check(withSecrets(docs)).problems();
    }

    private static List<Yaml.Doc> withSecrets(List<Yaml.Doc> docs) {
        List<Yaml.Doc> all = new ArrayList<>(docs);
        all.addAll(Yaml.read(Repo.K8S.resolve(Manifests.SECRETS_EXAMPLE)));
        return all;
    }

    private static void edit(List<Yaml.Doc> docs, String kind, String name, Consumer<JsonNode> change) {
        Yaml.Doc doc = docs.stream().filter(d -> d.node().path("kind").asText().equals(kind)
                && d.node().path("metadata").path("name").asText().equals(name)).findFirst().orElseThrow();
        change.accept(doc.node());
    }

    private static List<String> brokenCompose(Consumer<JsonNode> change) {
        Yaml.Doc doc = Yaml.read(ComposeFileTest.FILE).get(0);
        Compose.Interpolated good = Compose.interpolate(doc.node(), Compose.envFile(Repo.COMPOSE.resolve(".env.example")));
        assertThat(Compose.validate(good.tree(), doc.source())).as("the unchanged compose file is valid").isEmpty();
        JsonNode broken = good.tree().deepCopy();
        change.accept(broken);
        return Compose.validate(broken, doc.source());
    }
}
