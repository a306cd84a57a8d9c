package org.donorcrm.manifests;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.topic.KafkaTopic;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A structural check of Kubernetes objects against the API's own types: each document is read into the fabric8
 * model class of its apiVersion and kind (the Strimzi operator's class for KafkaTopic), strictly.
 * <p>
 * "Strictly" needs two things Jackson does not do for these classes by default: the models keep unknown fields
 * in an {@code additionalProperties} map instead of failing, so after reading, every such map in the object
 * graph must be empty (a misspelt {@code livenessProbes} lands there); and scalars are not coerced, so
 * {@code value: 1} for an environment variable or {@code "8080"} for a port number is an error, as the API
 * server would answer.
 */
final class KubernetesModels {

    /** The kinds the manifests may use; a new kind needs its model class here, on purpose. */
    static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
            "v1/Namespace", Namespace.class,
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "networking.k8s.io/v1/Ingress", Ingress.class,
            "kafka.strimzi.io/v1/KafkaTopic", KafkaTopic.class);

    private static final ObjectMapper STRICT = strictMapper();

    private KubernetesModels() {
    }

    /** The result of reading one document: the object, or null, and what is wrong with it. */
    record Read(HasMetadata object, List<String> problems) {
    }

    static Read read(Yaml.Doc doc) {
        List<String> problems = new ArrayList<>();
        JsonNode node = doc.node();
        String apiVersion = node.path("apiVersion").asText("");
        String kind = node.path("kind").asText("");
        Class<? extends HasMetadata> type = KINDS.get(apiVersion + "/" + kind);
        if (type == null) {
            problems.add(doc.where() + ": no model for apiVersion '" + apiVersion + "' kind '" + kind
                    + "' (known: " + KINDS.keySet().stream().sorted().toList() + ")");
            return new Read(null, problems);
        }
        HasMetadata object;
        try {
            object = STRICT.treeToValue(node, type);
        } catch (Exception e) {
            problems.add(doc.where() + ": not a valid " + kind + ": " + firstLine(e.getMessage()));
            return new Read(null, problems);
        }
        for (String unknown : unknownFields(object, "")) {
            problems.add(doc.where() + ": unknown field " + unknown);
        }
        if (object.getMetadata() == null || object.getMetadata().getName() == null) {
            problems.add(doc.where() + ": metadata.name is missing");
        }
        return new Read(object, problems);
    }

    /** The paths of all fields the model did not know, found in the additionalProperties maps of the graph. */
    static List<String> unknownFields(Object root, String path) {
        List<String> found = new ArrayList<>();
        walk(root, path, found, new IdentityHashMap<>());
        return found;
    }

    private static void walk(Object value, String path, List<String> found, IdentityHashMap<Object, Boolean> seen) {
        if (value == null || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, found, seen));
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", found, seen);
            }
            return;
        }
        String pkg = value.getClass().getPackageName();
        if (!pkg.startsWith("io.fabric8") && !pkg.startsWith("io.strimzi")) {
            return;
        }
        for (Class<?> c = value.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                field.setAccessible(true);
                Object child;
                try {
                    child = field.get(value);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
                if (field.getName().equals("additionalProperties") && child instanceof Map<?, ?> extra) {
                    extra.keySet().forEach(k -> found.add((path.isEmpty() ? "" : path + ".") + k));
                } else {
                    walk(child, path.isEmpty() ? jsonName(field) : path + "." + jsonName(field), found, seen);
                }
            }
        }
    }

    private static String jsonName(Field field) {
        var property = field.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
        return property != null && !property.value().isEmpty() ? property.value() : field.getName();
    }

    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        // The API server does not coerce: a number where a string belongs (env value, label, ConfigMap data)
        // or a string where a number belongs (containerPort, replicas) is rejected.
        for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean)) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        for (LogicalType numberOrFlag : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            mapper.coercionConfigFor(numberOrFlag).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        return mapper;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
