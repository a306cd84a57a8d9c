package org.donorcrm.manifests;

import io.fabric8.kubernetes.api.model.HasMetadata;

import java.util.ArrayList;
import java.util.List;

/** The whole Kubernetes check of a set of documents: each one read strictly, then the rules over all of them. */
final class Manifests {

    static final String SECRETS_EXAMPLE = "secrets.example.yaml";

    private Manifests() {
    }

    record Checked(List<HasMetadata> objects, List<String> problems) {
    }

    static Checked check(List<Yaml.Doc> docs) {
        List<String> problems = new ArrayList<>();
        List<HasMetadata> objects = new ArrayList<>();
        for (Yaml.Doc doc : docs) {
            KubernetesModels.Read read = KubernetesModels.read(doc);
            problems.addAll(read.problems());
            if (read.object() != null) {
                objects.add(read.object());
            }
        }
        if (problems.isEmpty()) {
            problems.addAll(KubernetesRules.check(objects));
        }
        return new Checked(objects, problems);
    }

    /** A kustomization rendered, plus the example Secrets the Deployments read (applied separately). */
    static Checked renderAndCheck(java.nio.file.Path kustomization) {
        Kustomize.Rendered rendered = Kustomize.render(kustomization);
        List<Yaml.Doc> docs = new ArrayList<>(rendered.docs());
        docs.addAll(Yaml.read(Repo.K8S.resolve(SECRETS_EXAMPLE)));
        Checked checked = check(docs);
        List<String> problems = new ArrayList<>(rendered.problems());
        problems.addAll(checked.problems());
        return new Checked(checked.objects(), problems);
    }
}
