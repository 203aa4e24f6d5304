package io.callqa.reporting.metrics;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code qa.consumer.lag{group, topic}}: for each of {@code qa.reporting.metrics.lag-groups}, the messages on each
 * topic it consumes not yet committed by it ({@link LagSum}), read with a Kafka admin client on
 * {@code kafka.bootstrap.servers}. End offsets are read committed, so transaction markers are not counted as lag.
 * A failed round is logged once (until a round succeeds again) and leaves the gauge as it was.
 */
@ApplicationScoped
public class ConsumerLag {

    private final MetricsConfig config;
    private final String bootstrapServers;
    private final TaggedGauge gauge;
    private Admin admin;
    private boolean failing;

    public ConsumerLag(MetricsConfig config, MeterRegistry registry,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.gauge = new TaggedGauge(registry, "qa.consumer.lag",
                "messages not yet consumed (end offset - committed offset, summed over partitions) per group and topic");
    }

    @Scheduled(every = "${qa.reporting.metrics.refresh-every:30s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void refresh() {
        try {
            Map<Tags, Double> lags = new LinkedHashMap<>();
            for (String group : config.lagGroups()) {
                lagOf(group).forEach((topic, lag) -> lags.put(Tags.of("group", group, "topic", topic), (double) lag));
            }
            gauge.show(lags);
            if (failing) {
                Log.infof("consumer lag readable again on %s", bootstrapServers);
            }
            failing = false;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            if (!failing) {
                Log.warnf("consumer lag not read on %s (logged once until it recovers; the gauge keeps its values): %s",
                        bootstrapServers, e.getMessage());
            }
            failing = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Map<String, Long> lagOf(String group) throws InterruptedException, ExecutionException, TimeoutException {
        long timeout = config.lagTimeout().toMillis();
        Map<TopicPartition, OffsetAndMetadata> offsets = admin().listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(timeout, TimeUnit.MILLISECONDS);
        Map<TopicPartition, Long> committed = new HashMap<>();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        offsets.forEach((partition, offset) -> {
            if (offset != null) {
                committed.put(partition, offset.offset());
                latest.put(partition, OffsetSpec.latest());
            }
        });
        if (latest.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, Long> end = new HashMap<>();
        admin().listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                .get(timeout, TimeUnit.MILLISECONDS).forEach((partition, info) -> end.put(partition, info.offset()));
        return LagSum.perTopic(committed, end);
    }

    private Admin admin() {
        if (admin == null) {
            Properties props = new Properties();
            props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(AdminClientConfig.CLIENT_ID_CONFIG, "reporting-service-lag");
            props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) config.lagTimeout().toMillis());
            props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) config.lagTimeout().toMillis());
            admin = Admin.create(props);
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(java.time.Duration.ofSeconds(5));
            admin = null;
        }
    }
}
