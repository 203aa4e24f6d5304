package io.callqa.sampling.intervals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.callqa.events.Topics;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * How many partitions {@code qa.calls.v1} has: every one of them holds the watermark back until it has been read
 * (or is idle), including those another instance owns. Looked up with a Kafka admin client on a worker thread,
 * never inside a batch's transaction: every 5 s until known, then every minute, since partitions may be added.
 */
@ApplicationScoped
public class CallPartitions {

    private static final Duration REFRESH = Duration.ofMinutes(1);

    private final String bootstrapServers;
    private final Clock clock;
    private final AtomicInteger count = new AtomicInteger();
    private final AtomicReference<Instant> refreshedAt = new AtomicReference<>(Instant.EPOCH);
    private Admin admin;

    public CallPartitions(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, Clock clock) {
        this.bootstrapServers = bootstrapServers;
        this.clock = clock;
    }

    /** The partition count, empty until the first lookup has answered. */
    public OptionalInt count() {
        int known = count.get();
        return known > 0 ? OptionalInt.of(known) : OptionalInt.empty();
    }

    @Scheduled(every = "5s", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        if (count.get() > 0 && refreshedAt.get().plus(REFRESH).isAfter(clock.instant())) {
            return;
        }
        try {
            TopicDescription topic = admin().describeTopics(List.of(Topics.CALLS)).allTopicNames()
                    .get(10, TimeUnit.SECONDS).get(Topics.CALLS);
            count.set(topic.partitions().size());
            refreshedAt.set(clock.instant());
        } catch (Exception e) {
            Log.warnf("partitions of %s unknown for now: %s", Topics.CALLS, e.getMessage());
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    AdminClientConfig.CLIENT_ID_CONFIG, "sampling-call-partitions"));
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
