package org.donorcrm.manifests;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.topic.KafkaTopic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the schema cannot say but the services rely on, checked over a complete set of objects (a rendered
 * base or overlay plus the example secrets): names the API server accepts, every reference resolving (selectors,
 * ConfigMaps, Secret keys, ports, volumes), the probes on Quarkus' health endpoints, limits, the non-root
 * read-only pod, and the topics: partitions, infinite retention, and no autoscaler allowed more replicas than
 * the partitions its consumer groups can share.
 */
final class KubernetesRules {

    private static final Pattern DNS_SUBDOMAIN = Pattern.compile("[a-z0-9]([-a-z0-9.]*[a-z0-9])?");
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern PORT_NAME = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    static final int TOPIC_PARTITIONS = 6;

    private final List<HasMetadata> objects;
    private final List<String> problems = new ArrayList<>();

    private KubernetesRules(List<HasMetadata> objects) {
        this.objects = objects;
    }

    static List<String> check(List<HasMetadata> objects) {
        KubernetesRules rules = new KubernetesRules(objects);
        rules.run();
        return rules.problems;
    }

    private void run() {
        Set<String> seen = new HashSet<>();
        for (HasMetadata o : objects) {
            String id = o.getKind() + " " + o.getMetadata().getNamespace() + "/" + o.getMetadata().getName();
            if (!seen.add(id)) {
                problems.add(id + ": declared twice");
            }
            String name = o.getMetadata().getName();
            if (name.length() > 253 || !DNS_SUBDOMAIN.matcher(name).matches()) {
                problems.add(id + ": name is not a DNS subdomain");
            }
            if (!(o instanceof io.fabric8.kubernetes.api.model.Namespace) && o.getMetadata().getNamespace() == null) {
                problems.add(id + ": no namespace (the base sets it on every object, see kustomization.yaml)");
            }
        }
        all(Deployment.class).forEach(this::deployment);
        all(Service.class).forEach(this::service);
        all(PodDisruptionBudget.class).forEach(this::pdb);
        all(HorizontalPodAutoscaler.class).forEach(this::hpa);
        all(KafkaTopic.class).forEach(this::topic);
        all(Ingress.class).forEach(this::ingress);
        all(Deployment.class).stream().filter(d -> Repo.SERVICES.contains(d.getMetadata().getName()))
                .forEach(this::replicated);
    }

    /**
     * A service runs as several replicas (every timer's work runs once across them, docs/operations.md): at least two,
     * fixed or as the autoscaler's minimum; a PodDisruptionBudget so that a drain takes one at a time; and spread over
     * nodes (a topology spread or an anti-affinity on the host), so that one lost node does not take them all.
     */
    private void replicated(Deployment d) {
        String id = "Deployment " + d.getMetadata().getName();
        Optional<HorizontalPodAutoscaler> hpa = all(HorizontalPodAutoscaler.class).stream()
                .filter(h -> sameNamespace(h, d) && "Deployment".equals(h.getSpec().getScaleTargetRef().getKind())
                        && d.getMetadata().getName().equals(h.getSpec().getScaleTargetRef().getName()))
                .findFirst();
        int least = hpa.map(h -> h.getSpec().getMinReplicas() == null ? 1 : h.getSpec().getMinReplicas())
                .orElse(d.getSpec().getReplicas() == null ? 1 : d.getSpec().getReplicas());
        if (least < 2) {
            problems.add(id + ": runs " + least + " replica at least; every service runs at least 2");
        }
        Map<String, String> podLabels = d.getSpec().getTemplate().getMetadata().getLabels();
        boolean budget = all(PodDisruptionBudget.class).stream().anyMatch(p -> sameNamespace(p, d)
                && p.getSpec().getSelector() != null && p.getSpec().getSelector().getMatchLabels() != null
                && matches(p.getSpec().getSelector().getMatchLabels(), podLabels));
        if (!budget) {
            problems.add(id + ": no PodDisruptionBudget selects its pods");
        }
        PodSpec pod = d.getSpec().getTemplate().getSpec();
        boolean spread = pod.getTopologySpreadConstraints().stream()
                .anyMatch(t -> "kubernetes.io/hostname".equals(t.getTopologyKey()))
                || pod.getAffinity() != null && pod.getAffinity().getPodAntiAffinity() != null;
        if (!spread) {
            problems.add(id + ": its pods are not spread over nodes (topologySpreadConstraints on "
                    + "kubernetes.io/hostname or a podAntiAffinity)");
        }
    }

    private void deployment(Deployment d) {
        String id = "Deployment " + d.getMetadata().getName();
        Map<String, String> podLabels = d.getSpec().getTemplate().getMetadata().getLabels();
        Map<String, String> selector = d.getSpec().getSelector() == null ? null
                : d.getSpec().getSelector().getMatchLabels();
        if (selector == null || selector.isEmpty() || !matches(selector, podLabels)) {
            problems.add(id + ": spec.selector.matchLabels must be non-empty and match the pod template's labels");
        }
        PodSpec pod = d.getSpec().getTemplate().getSpec();
        boolean podNonRoot = pod.getSecurityContext() != null
                && Boolean.TRUE.equals(pod.getSecurityContext().getRunAsNonRoot());
        Set<String> volumes = new HashSet<>();
        for (Volume v : pod.getVolumes()) {
            volumes.add(v.getName());
        }
        if (pod.getContainers().isEmpty()) {
            problems.add(id + ": no containers");
        }
        for (Container c : pod.getContainers()) {
            String cid = id + " container " + c.getName();
            if (c.getImage() == null || c.getImage().isBlank() || c.getImage().endsWith(":latest")
                    || !c.getImage().contains(":")) {
                problems.add(cid + ": image must be set with a tag other than latest");
            }
            Set<String> portNames = new HashSet<>();
            for (ContainerPort p : c.getPorts()) {
                if (p.getContainerPort() == null || p.getContainerPort() < 1 || p.getContainerPort() > 65535) {
                    problems.add(cid + ": containerPort out of range");
                }
                if (p.getName() != null) {
                    if (p.getName().length() > 15 || !PORT_NAME.matcher(p.getName()).matches()) {
                        problems.add(cid + ": port name '" + p.getName() + "' is not an IANA service name");
                    }
                    portNames.add(p.getName());
                }
            }
            probe(cid, "startupProbe", c.getStartupProbe(), "/q/health/live", c);
            probe(cid, "livenessProbe", c.getLivenessProbe(), "/q/health/live", c);
            probe(cid, "readinessProbe", c.getReadinessProbe(), "/q/health/ready", c);
            resources(cid, c.getResources());
            var sc = c.getSecurityContext();
            if (sc == null || !Boolean.TRUE.equals(sc.getReadOnlyRootFilesystem())
                    || !Boolean.FALSE.equals(sc.getAllowPrivilegeEscalation())
                    || sc.getCapabilities() == null || !sc.getCapabilities().getDrop().contains("ALL")) {
                problems.add(cid + ": securityContext must set readOnlyRootFilesystem: true, "
                        + "allowPrivilegeEscalation: false and drop ALL capabilities");
            }
            if (!podNonRoot && (sc == null || !Boolean.TRUE.equals(sc.getRunAsNonRoot()))) {
                problems.add(cid + ": must run as non-root (runAsNonRoot: true)");
            }
            boolean tmp = false;
            for (VolumeMount m : c.getVolumeMounts()) {
                if (!volumes.contains(m.getName())) {
                    problems.add(cid + ": volumeMount " + m.getName() + " names no volume of the pod");
                }
                if ("/tmp".equals(m.getMountPath())) {
                    tmp = pod.getVolumes().stream().anyMatch(v -> v.getName().equals(m.getName()) && v.getEmptyDir() != null);
                }
            }
            if (!tmp) {
                problems.add(cid + ": /tmp must be an emptyDir mount (the root file system is read-only)");
            }
            for (EnvFromSource from : c.getEnvFrom()) {
                if (from.getConfigMapRef() != null && !Boolean.TRUE.equals(from.getConfigMapRef().getOptional())
                        && find(ConfigMap.class, d, from.getConfigMapRef().getName()).isEmpty()) {
                    problems.add(cid + ": envFrom names ConfigMap " + from.getConfigMapRef().getName()
                            + ", which is not declared");
                }
                if (from.getSecretRef() != null && find(Secret.class, d, from.getSecretRef().getName()).isEmpty()) {
                    problems.add(cid + ": envFrom names Secret " + from.getSecretRef().getName()
                            + ", which is not in secrets.example.yaml");
                }
            }
            Set<String> envNames = new HashSet<>();
            for (EnvVar e : c.getEnv()) {
                if (!envNames.add(e.getName())) {
                    problems.add(cid + ": env " + e.getName() + " set twice");
                }
                if (e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null) {
                    var ref = e.getValueFrom().getSecretKeyRef();
                    Optional<Secret> secret = find(Secret.class, d, ref.getName());
                    if (secret.isEmpty()) {
                        problems.add(cid + ": env " + e.getName() + " reads Secret " + ref.getName()
                                + ", which is not in secrets.example.yaml");
                    } else if (!secretKeys(secret.get()).contains(ref.getKey())) {
                        problems.add(cid + ": env " + e.getName() + " reads key " + ref.getKey() + " of Secret "
                                + ref.getName() + ", which has no such key");
                    }
                }
                if (e.getValueFrom() != null && e.getValueFrom().getConfigMapKeyRef() != null) {
                    var ref = e.getValueFrom().getConfigMapKeyRef();
                    Optional<ConfigMap> map = find(ConfigMap.class, d, ref.getName());
                    if (map.isEmpty() || map.get().getData() == null || !map.get().getData().containsKey(ref.getKey())) {
                        problems.add(cid + ": env " + e.getName() + " reads " + ref.getName() + "/" + ref.getKey()
                                + ", which is not declared");
                    }
                }
            }
        }
    }

    private void probe(String cid, String which, Probe probe, String path, Container c) {
        if (probe == null || probe.getHttpGet() == null) {
            problems.add(cid + ": " + which + " must be an httpGet on " + path);
            return;
        }
        if (!path.equals(probe.getHttpGet().getPath())) {
            problems.add(cid + ": " + which + " must call " + path + ", not " + probe.getHttpGet().getPath());
        }
        if (!portExists(probe.getHttpGet().getPort(), c)) {
            problems.add(cid + ": " + which + " port " + portText(probe.getHttpGet().getPort()) + " is not a port of the container");
        }
    }

    private static boolean portExists(IntOrString port, Container c) {
        if (port == null) {
            return false;
        }
        if (port.getIntVal() != null) {
            return c.getPorts().stream().anyMatch(p -> Objects.equals(p.getContainerPort(), port.getIntVal()));
        }
        return c.getPorts().stream().anyMatch(p -> port.getStrVal().equals(p.getName()));
    }

    private static String portText(IntOrString port) {
        return port == null ? "(none)" : port.getIntVal() != null ? port.getIntVal().toString() : port.getStrVal();
    }

    private void resources(String cid, ResourceRequirements r) {
        if (r == null || r.getRequests() == null || r.getLimits() == null) {
            problems.add(cid + ": resources.requests and resources.limits must be set");
            return;
        }
        for (String resource : List.of("cpu", "memory")) {
            Quantity request = r.getRequests().get(resource);
            Quantity limit = r.getLimits().get(resource);
            if (request == null || limit == null) {
                problems.add(cid + ": " + resource + " request and limit must both be set");
                continue;
            }
            try {
                if (Quantity.getAmountInBytes(request).compareTo(Quantity.getAmountInBytes(limit)) > 0) {
                    problems.add(cid + ": " + resource + " request " + request + " is above its limit " + limit);
                }
            } catch (IllegalArgumentException e) {
                problems.add(cid + ": " + resource + " quantity is not valid: " + e.getMessage());
            }
        }
    }

    private void service(Service s) {
        String id = "Service " + s.getMetadata().getName();
        if (!DNS_LABEL.matcher(s.getMetadata().getName()).matches() || s.getMetadata().getName().length() > 63) {
            problems.add(id + ": a Service name must be a DNS label (RFC 1035)");
        }
        if ("ExternalName".equals(s.getSpec().getType())) {
            if (s.getSpec().getExternalName() == null || s.getSpec().getExternalName().isBlank()) {
                problems.add(id + ": an ExternalName Service needs spec.externalName");
            }
            return;
        }
        Map<String, String> selector = s.getSpec().getSelector();
        List<Deployment> targets = all(Deployment.class).stream()
                .filter(d -> sameNamespace(d, s))
                .filter(d -> selector != null && !selector.isEmpty()
                        && matches(selector, d.getSpec().getTemplate().getMetadata().getLabels()))
                .toList();
        if (targets.isEmpty()) {
            problems.add(id + ": its selector matches no Deployment's pods");
            return;
        }
        for (ServicePort port : s.getSpec().getPorts()) {
            boolean found = targets.stream().flatMap(d -> d.getSpec().getTemplate().getSpec().getContainers().stream())
                    .anyMatch(c -> portExists(port.getTargetPort(), c));
            if (!found) {
                problems.add(id + ": targetPort " + portText(port.getTargetPort()) + " is no port of the selected pods");
            }
        }
    }

    private void pdb(PodDisruptionBudget p) {
        String id = "PodDisruptionBudget " + p.getMetadata().getName();
        Map<String, String> selector = p.getSpec().getSelector() == null ? null : p.getSpec().getSelector().getMatchLabels();
        boolean any = selector != null && all(Deployment.class).stream()
                .anyMatch(d -> sameNamespace(d, p) && matches(selector, d.getSpec().getTemplate().getMetadata().getLabels()));
        if (!any) {
            problems.add(id + ": its selector matches no Deployment's pods");
        }
        if ((p.getSpec().getMinAvailable() == null) == (p.getSpec().getMaxUnavailable() == null)) {
            problems.add(id + ": set exactly one of minAvailable and maxUnavailable");
        }
    }

    private void hpa(HorizontalPodAutoscaler h) {
        String id = "HorizontalPodAutoscaler " + h.getMetadata().getName();
        var ref = h.getSpec().getScaleTargetRef();
        Optional<Deployment> target = "Deployment".equals(ref.getKind()) ? find(Deployment.class, h, ref.getName())
                : Optional.empty();
        if (target.isEmpty()) {
            problems.add(id + ": scaleTargetRef names no Deployment");
            return;
        }
        if (target.get().getSpec().getReplicas() != null) {
            problems.add(id + ": Deployment " + ref.getName() + " sets spec.replicas; every apply would undo the "
                    + "autoscaler's choice: leave it out");
        }
        int max = h.getSpec().getMaxReplicas();
        if (h.getSpec().getMinReplicas() != null && h.getSpec().getMinReplicas() > max) {
            problems.add(id + ": minReplicas is above maxReplicas");
        }
        String service = ref.getName();
        if (Repo.SERVICES.contains(service)) {
            for (String topic : Repo.topicsConsumedBy(service)) {
                Integer partitions = all(KafkaTopic.class).stream()
                        .filter(t -> topic.equals(topicName(t)))
                        .map(t -> t.getSpec().getPartitions())
                        .findFirst().orElse(null);
                if (partitions == null) {
                    problems.add(id + ": " + service + " consumes " + topic + ", which is not declared as a KafkaTopic");
                } else if (max > partitions) {
                    problems.add(id + ": maxReplicas " + max + " exceeds the " + partitions + " partitions of "
                            + topic + ": the extra consumers of group " + service + " would sit idle");
                }
            }
        }
    }

    private void topic(KafkaTopic t) {
        String id = "KafkaTopic " + t.getMetadata().getName();
        Map<String, String> labels = t.getMetadata().getLabels();
        if (labels == null || labels.get("strimzi.io/cluster") == null) {
            problems.add(id + ": needs the label strimzi.io/cluster naming the Kafka cluster");
        }
        if (t.getSpec() == null || t.getSpec().getPartitions() == null || t.getSpec().getPartitions() != TOPIC_PARTITIONS) {
            problems.add(id + ": spec.partitions must be " + TOPIC_PARTITIONS);
        }
        Map<String, Object> config = t.getSpec() == null ? null : t.getSpec().getConfig();
        if (config == null || config.get("retention.ms") == null || !"-1".equals(config.get("retention.ms").toString())) {
            problems.add(id + ": config retention.ms must be -1 (kept forever: the log the read models are rebuilt from)");
        }
    }

    private void ingress(Ingress i) {
        for (var rule : i.getSpec().getRules()) {
            for (var path : rule.getHttp().getPaths()) {
                String name = path.getBackend().getService().getName();
                if (find(Service.class, i, name).isEmpty()) {
                    problems.add("Ingress " + i.getMetadata().getName() + ": host " + rule.getHost()
                            + " routes to Service " + name + ", which is not declared");
                }
            }
        }
    }

    static String topicName(KafkaTopic t) {
        return t.getSpec() != null && t.getSpec().getTopicName() != null ? t.getSpec().getTopicName()
                : t.getMetadata().getName();
    }

    private static Set<String> secretKeys(Secret s) {
        Set<String> keys = new HashSet<>();
        if (s.getData() != null) {
            keys.addAll(s.getData().keySet());
        }
        if (s.getStringData() != null) {
            keys.addAll(s.getStringData().keySet());
        }
        return keys;
    }

    private <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private <T extends HasMetadata> Optional<T> find(Class<T> type, HasMetadata near, String name) {
        return all(type).stream().filter(o -> sameNamespace(o, near) && o.getMetadata().getName().equals(name)).findFirst();
    }

    private static boolean sameNamespace(HasMetadata a, HasMetadata b) {
        return Objects.equals(a.getMetadata().getNamespace(), b.getMetadata().getNamespace());
    }

    private static boolean matches(Map<String, String> selector, Map<String, String> labels) {
        return labels != null && selector.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }
}
