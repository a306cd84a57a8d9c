package org.donorcrm.platform.outbox;

import io.quarkus.arc.properties.UnlessBuildProperty;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Declares the topic the service's outbox publishes to (the {@code outbox} channel's topic) before the first event
 * goes out: keyed by donor id over several partitions and kept forever, because it is the log the read models are
 * rebuilt from. An existing topic is left as it is.
 */
@ApplicationScoped
@UnlessBuildProperty(name = "crm.outbox.enabled", stringValue = "false", enableIfMissing = true)
public class TopicDeclaration {

    private static final Logger LOG = Logger.getLogger(TopicDeclaration.class);

    void declare(@Observes StartupEvent startup,
                 @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                 @ConfigProperty(name = "mp.messaging.outgoing." + OutboxRelay.CHANNEL + ".topic") String topic,
                 @ConfigProperty(name = "crm.topics.partitions", defaultValue = "3") int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            NewTopic declared = new NewTopic(topic, partitions, (short) -1)
                    .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1",
                            TopicConfig.RETENTION_BYTES_CONFIG, "-1"));
            admin.createTopics(List.of(declared)).all().get(30, TimeUnit.SECONDS);
            LOG.infof("created topic %s with %d partitions, kept forever", topic, partitions);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("topic " + topic + " could not be declared", e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer while declaring " + topic, e);
        }
    }
}
