package org.donorcrm.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Renders a kustomization without the kustomize binary, for the subset these manifests use: {@code resources}
 * (files and other kustomizations), {@code patches} with a {@code path} (strategic merge: maps merge, lists of
 * named items merge by name, other lists are replaced, {@code null} deletes) and {@code images}. Any other field
 * is reported as unsupported rather than ignored, so the check never passes something it did not render.
 */
final class Kustomize {

    static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "resources", "patches", "images");
    /** The fields of kustomize's Kustomization type (kustomize v5), so a typo is told apart from a feature. */
    static final Set<String> KNOWN = Set.of("apiVersion", "kind", "metadata", "resources", "components", "patches",
            "images", "namespace", "namePrefix", "nameSuffix", "labels", "commonLabels", "commonAnnotations",
            "configMapGenerator", "secretGenerator", "generatorOptions", "replicas", "replacements", "vars",
            "patchesStrategicMerge", "patchesJson6902", "crds", "openapi", "sortOptions", "transformers",
            "generators", "validators", "helmCharts", "helmGlobals", "buildMetadata", "configurations", "bases",
            "imageTags");

    record Rendered(List<Yaml.Doc> docs, List<String> problems) {
    }

    private Kustomize() {
    }

    static Rendered render(Path dir) {
        List<String> problems = new ArrayList<>();
        List<Yaml.Doc> docs = render(dir, problems);
        return new Rendered(docs, problems);
    }

    private static List<Yaml.Doc> render(Path dir, List<String> problems) {
        Path file = dir.resolve("kustomization.yaml");
        String where = Repo.relative(file);
        if (!Files.isRegularFile(file)) {
            problems.add(Repo.relative(dir) + ": no kustomization.yaml");
            return List.of();
        }
        List<Yaml.Doc> parsed = Yaml.read(file);
        if (parsed.size() != 1) {
            problems.add(where + ": must hold exactly one document");
            return List.of();
        }
        JsonNode k = parsed.get(0).node();
        if (!"kustomize.config.k8s.io/v1beta1".equals(k.path("apiVersion").asText())
                || !"Kustomization".equals(k.path("kind").asText())) {
            problems.add(where + ": apiVersion kustomize.config.k8s.io/v1beta1 and kind Kustomization expected");
        }
        for (Iterator<String> it = k.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!KNOWN.contains(field)) {
                problems.add(where + ": unknown field '" + field + "'");
            } else if (!SUPPORTED.contains(field)) {
                problems.add(where + ": '" + field + "' is valid kustomize but not rendered by this check: extend "
                        + "Kustomize.java before using it");
            }
        }
        List<Yaml.Doc> out = new ArrayList<>();
        for (JsonNode r : k.path("resources")) {
            Path target = dir.resolve(r.asText()).normalize();
            if (Files.isDirectory(target)) {
                out.addAll(render(target, problems));
            } else if (Files.isRegularFile(target)) {
                out.addAll(Yaml.read(target));
            } else {
                problems.add(where + ": resource " + r.asText() + " does not exist");
            }
        }
        for (JsonNode p : k.path("patches")) {
            if (!p.has("path") || p.size() != 1) {
                problems.add(where + ": only patches given by `path` alone are rendered here: " + p);
                continue;
            }
            Path patchFile = dir.resolve(p.path("path").asText()).normalize();
            if (!Files.isRegularFile(patchFile)) {
                problems.add(where + ": patch " + p.path("path").asText() + " does not exist");
                continue;
            }
            for (Yaml.Doc patch : Yaml.read(patchFile)) {
                apply(patch, out, problems);
            }
        }
        for (JsonNode image : k.path("images")) {
            setImage(image, out, problems, where);
        }
        return out;
    }

    private static void apply(Yaml.Doc patch, List<Yaml.Doc> docs, List<String> problems) {
        JsonNode p = patch.node();
        for (int i = 0; i < docs.size(); i++) {
            JsonNode d = docs.get(i).node();
            if (d.path("apiVersion").equals(p.path("apiVersion")) && d.path("kind").equals(p.path("kind"))
                    && d.path("metadata").path("name").equals(p.path("metadata").path("name"))
                    && (!p.path("metadata").has("namespace")
                    || d.path("metadata").path("namespace").equals(p.path("metadata").path("namespace")))) {
                docs.set(i, new Yaml.Doc(docs.get(i).source() + " + " + patch.source(), merge(d.deepCopy(), p)));
                return;
            }
        }
        problems.add(patch.where() + ": the patch matches no resource (apiVersion, kind and name must match)");
    }

    /** A strategic merge as kustomize does it for the core types' named lists. */
    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!(target instanceof ObjectNode t) || !(patch instanceof ObjectNode)) {
            return patch.deepCopy();
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode existing = t.get(e.getKey());
            if (e.getValue().isNull()) {
                t.remove(e.getKey());
            } else if (existing instanceof ArrayNode a && e.getValue() instanceof ArrayNode b && mergeKey(a, b) != null) {
                t.set(e.getKey(), mergeList(a, b, mergeKey(a, b)));
            } else if (existing != null && existing.isObject() && e.getValue().isObject()) {
                t.set(e.getKey(), merge(existing, e.getValue()));
            } else {
                t.set(e.getKey(), e.getValue().deepCopy());
            }
        }
        return t;
    }

    private static String mergeKey(ArrayNode a, ArrayNode b) {
        for (String key : List.of("name", "mountPath", "containerPort")) {
            boolean all = true;
            for (JsonNode n : a) {
                all &= n.has(key);
            }
            for (JsonNode n : b) {
                all &= n.has(key);
            }
            if (all && !a.isEmpty() && !b.isEmpty()) {
                return key;
            }
        }
        return null;
    }

    private static ArrayNode mergeList(ArrayNode a, ArrayNode b, String key) {
        ArrayNode result = a.deepCopy();
        for (JsonNode item : b) {
            boolean merged = false;
            for (int i = 0; i < result.size(); i++) {
                if (Objects.equals(result.get(i).get(key), item.get(key))) {
                    result.set(i, merge(result.get(i).deepCopy(), item));
                    merged = true;
                }
            }
            if (!merged) {
                result.add(item.deepCopy());
            }
        }
        return result;
    }

    private static void setImage(JsonNode image, List<Yaml.Doc> docs, List<String> problems, String where) {
        String name = image.path("name").asText();
        boolean used = false;
        for (Yaml.Doc doc : docs) {
            for (JsonNode c : doc.node().path("spec").path("template").path("spec").path("containers")) {
                String current = c.path("image").asText();
                String bare = current.contains("@") ? current.substring(0, current.indexOf('@'))
                        : current.lastIndexOf(':') > current.lastIndexOf('/') ? current.substring(0, current.lastIndexOf(':'))
                        : current;
                if (bare.equals(name)) {
                    String newName = image.path("newName").asText(bare);
                    String tag = image.has("digest") ? "@" + image.path("digest").asText()
                            : ":" + image.path("newTag").asText(current.substring(bare.length()).replaceFirst("^:", ""));
                    ((ObjectNode) c).set("image", TextNode.valueOf(newName + tag));
                    used = true;
                }
            }
        }
        if (!used) {
            problems.add(where + ": images entry " + name + " matches no container image");
        }
    }
}
