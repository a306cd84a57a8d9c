package org.donorcrm.manifests;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Every file under deploy/k8s, one by one and as rendered by its kustomization. */
class KubernetesManifestsTest {

    @Test
    void everyManifestFileIsAValidObjectOfItsKindWithNoUnknownField() {
        List<String> problems = new ArrayList<>();
        List<Path> files = Repo.yamlFiles(Repo.K8S);
        int documents = 0;
        for (Path file : files) {
            if (file.getFileName().toString().equals("kustomization.yaml")) {
                continue;
            }
            for (Yaml.Doc doc : Yaml.read(file)) {
                documents++;
                problems.addAll(KubernetesModels.read(doc).problems());
            }
        }
        assertThat(files).as("the manifests were found").hasSizeGreaterThan(10);
        assertThat(documents).isGreaterThan(30);
        assertThat(problems).isEmpty();
    }

    @Test
    void theBaseRendersAndFollowsTheRules() {
        Manifests.Checked base = Manifests.renderAndCheck(Repo.K8S.resolve("base"));
        assertThat(base.problems()).isEmpty();
        assertThat(names(base.objects(), Deployment.class)).containsExactlyInAnyOrderElementsOf(Repo.SERVICES);
    }

    @Test
    void theProductionOverlayRendersAndFollowsTheRules() {
        Manifests.Checked production = Manifests.renderAndCheck(Repo.K8S.resolve("overlays/production"));
        assertThat(production.problems()).isEmpty();
        for (Deployment d : of(production.objects(), Deployment.class)) {
            assertThat(d.getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
                    .as("the overlay's image of " + d.getMetadata().getName())
                    .isEqualTo("registry.example.org/donor-crm/" + d.getMetadata().getName() + ":1.0.0");
        }
        ConfigMap gift = of(production.objects(), ConfigMap.class).stream()
                .filter(c -> c.getMetadata().getName().equals("gift-service-config")).findFirst().orElseThrow();
        assertThat(gift.getData()).as("the overlay keeps the base's keys and adds the site's SEPA creditor")
                .containsKeys("CRM_DB_USER", "JAVA_TOOL_OPTIONS", "CRM_SEPA_CREDITOR_ID", "CRM_SEPA_CREDITOR_NAME",
                        "CRM_SEPA_CREDITOR_IBAN", "CRM_SEPA_CREDITOR_BIC", "CRM_BANK_ACCOUNTS");
    }

    @Test
    void everyTopicTheServicesNameIsDeclaredAsAKafkaTopicAndNoOther() {
        Manifests.Checked base = Manifests.renderAndCheck(Repo.K8S.resolve("base"));
        TreeSet<String> declared = new TreeSet<>();
        of(base.objects(), KafkaTopic.class).forEach(t -> declared.add(KubernetesRules.topicName(t)));
        assertThat(declared).isEqualTo(Repo.topicsNamedByServices());
        assertThat(declared).contains("crm.donors", "crm.gifts", "crm.campaigns", "crm.gifts.dlq.reporting");
    }

    @Test
    void theExampleSecretsHoldOnlyPlaceholders() {
        for (Yaml.Doc doc : Yaml.read(Repo.K8S.resolve(Manifests.SECRETS_EXAMPLE))) {
            Secret secret = (Secret) KubernetesModels.read(doc).object();
            assertThat(secret.getData()).as(doc.where() + " data").isNullOrEmpty();
            for (Map.Entry<String, String> e : secret.getStringData().entrySet()) {
                assertThat(e.getValue()).as(doc.where() + " " + e.getKey()).isEqualTo("CHANGE-ME");
            }
        }
    }

    @Test
    void everyServiceReadsItsDatabasePasswordFromASecretAndTheBaseHasNone() {
        Manifests.Checked base = Manifests.renderAndCheck(Repo.K8S.resolve("base"));
        assertThat(Kustomize.render(Repo.K8S.resolve("base")).docs())
                .as("no Secret is rendered from the base: real values never sit in the repository")
                .noneMatch(d -> d.node().path("kind").asText().equals("Secret"));
        for (Deployment d : of(base.objects(), Deployment.class)) {
            assertThat(d.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv())
                    .anySatisfy(e -> {
                        assertThat(e.getName()).isEqualTo("CRM_DB_PASSWORD");
                        assertThat(e.getValueFrom().getSecretKeyRef().getName())
                                .isEqualTo(d.getMetadata().getName() + "-db");
                    });
        }
    }

    static <T extends HasMetadata> List<T> of(List<HasMetadata> objects, Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    static <T extends HasMetadata> List<String> names(List<HasMetadata> objects, Class<T> type) {
        return of(objects, type).stream().map(o -> o.getMetadata().getName()).toList();
    }
}
