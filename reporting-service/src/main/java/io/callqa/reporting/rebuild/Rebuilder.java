package io.callqa.reporting.rebuild;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.callqa.events.Event;
import io.callqa.events.EventJson;
import io.callqa.events.MalformedEventException;
import io.callqa.kit.messaging.Inbox;
import io.callqa.kit.persistence.Transactions;
import io.callqa.reporting.projection.NativeSql;
import io.callqa.reporting.projection.Projection;
import io.callqa.reporting.projection.RebuildLock;
import io.callqa.reporting.projection.Replay;
import io.quarkus.logging.Log;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/**
 * Rebuilds the read models from the topics (POST /api/v1/admin/rebuild), while the live projections go on:
 * <ol>
 * <li>fresh, empty copies of the read-model tables and of the inbox are made in schema {@value ReadModel#SCHEMA};
 * <li>a consumer of its own (no group, so nothing of the live consumers' progress moves) reads every partition of
 * every topic from the beginning to its end offsets, and the same projections the live consumers run apply each
 * poll to the copies, through the copies' inbox (each event once);
 * <li>holding {@link RebuildLock} exclusively, so that no live batch is between its inbox claim and its commit, it
 * reads on to the end offsets of that moment and copies the rebuilt tables and inbox over the live ones in the
 * same transaction. Live batches then resume on the rebuilt tables; the events the rebuild already applied are
 * in the rebuilt inbox, so they are not applied twice.
 * </ol>
 * Unreadable events are passed over and counted as skipped, as the live consumers sent them to dead letters.
 */
@ApplicationScoped
public class Rebuilder {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration TRANSACTION_TIMEOUT = Duration.ofMinutes(5);

    private final Instance<Projection<?>> projections;
    private final Inbox inbox;
    private final RebuildRuns runs;
    private final DataSource dataSource;
    private final Vertx vertx;
    private final String bootstrapServers;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "read-model-rebuild"));

    public Rebuilder(Instance<Projection<?>> projections, Inbox inbox, RebuildRuns runs, DataSource dataSource,
            Vertx vertx, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.projections = projections;
        this.inbox = inbox;
        this.runs = runs;
        this.dataSource = dataSource;
        this.vertx = vertx;
        this.bootstrapServers = bootstrapServers;
    }

    /** Starts a rebuild in the background; a 409 when one is already running. */
    public RebuildRun start(String requestedBy) {
        RebuildRun run = runs.start(requestedBy);
        worker.submit(() -> rebuild(run.id()));
        return run;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private void rebuild(UUID id) {
        Map<String, Projection<?>> byTopic = projections.stream()
                .collect(Collectors.toMap(Projection::topic, p -> p, (a, b) -> a, LinkedHashMap::new));
        Progress progress = new Progress(id);
        try (KafkaConsumer<String, String> consumer = consumer()) {
            prepare(byTopic);
            List<TopicPartition> partitions = partitions(consumer, byTopic.keySet());
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            drain(consumer, partitions, byTopic, progress);
            swap(consumer, partitions, byTopic, progress);
            runs.finish(id, RebuildRun.Status.DONE, progress.events, progress.skipped, null);
            Log.infof("read models rebuilt from %d events (%d skipped)", progress.events, progress.skipped);
        } catch (Exception e) {
            Log.errorf(e, "rebuild %s failed", id);
            runs.finish(id, RebuildRun.Status.FAILED, progress.events, progress.skipped, String.valueOf(e));
        } finally {
            dropCopies();
        }
    }

    private void prepare(Map<String, Projection<?>> byTopic) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + ReadModel.SCHEMA + " cascade");
            s.execute("create schema " + ReadModel.SCHEMA);
            for (String table : tablesWithInbox()) {
                s.execute("create table " + ReadModel.SCHEMA + "." + table + " (like public." + table
                        + " including defaults including constraints including indexes)");
            }
        }
    }

    private void dropCopies() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + ReadModel.SCHEMA + " cascade");
        } catch (SQLException e) {
            Log.warnf("rebuild schema not dropped: %s", e.getMessage());
        }
    }

    /** Reads every partition up to the end offsets of now. */
    private void drain(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions,
            Map<String, Projection<?>> byTopic, Progress progress) throws SQLException {
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        while (!reached(consumer, end)) {
            apply(consumer.poll(POLL), byTopic, progress);
            runs.beat(progress.id, progress.events, progress.skipped);
        }
    }

    /** Under the exclusive lock: the last records, then the rebuilt tables over the live ones, in one transaction. */
    private void swap(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions,
            Map<String, Projection<?>> byTopic, Progress progress) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("select pg_advisory_xact_lock(" + RebuildLock.KEY + ")");
                drain(consumer, partitions, byTopic, progress);
                s.execute("truncate " + String.join(", ", ReadModel.TABLES));
                for (String table : ReadModel.TABLES) {
                    s.execute("insert into public." + table + " select * from " + ReadModel.SCHEMA + "." + table);
                }
                String names = byTopic.values().stream().map(p -> "'" + p.name() + "'")
                        .collect(Collectors.joining(", "));
                s.execute("delete from public.inbox where consumer in (" + names + ")");
                s.execute("insert into public.inbox select * from " + ReadModel.SCHEMA + ".inbox");
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private void apply(ConsumerRecords<String, String> records, Map<String, Projection<?>> byTopic,
            Progress progress) {
        Map<String, List<ConsumerRecord<String, String>>> perTopic = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            perTopic.computeIfAbsent(record.topic(), t -> new ArrayList<>()).add(record);
        }
        perTopic.forEach((topic, list) -> applyTopic(byTopic.get(topic), list, progress));
    }

    private <E extends Event> void applyTopic(Projection<E> projection, List<ConsumerRecord<String, String>> records,
            Progress progress) {
        Map<UUID, E> events = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                E event = EventJson.read(record.value() == null ? "null" : record.value(), projection.family());
                events.putIfAbsent(event.eventId(), event);
            } catch (MalformedEventException e) {
                progress.skipped++;
            }
        }
        if (events.isEmpty()) {
            return;
        }
        try {
            onVertx(() -> intoCopies(projection, List.copyOf(events.values())));
            progress.events += events.size();
        } catch (RuntimeException batchFailed) {
            for (E event : events.values()) {
                try {
                    onVertx(() -> intoCopies(projection, List.of(event)));
                    progress.events++;
                } catch (RuntimeException e) {
                    Log.warnf("rebuild passes over event %s of %s: %s", event.eventId(), projection.topic(),
                            e.getMessage());
                    progress.skipped++;
                }
            }
        }
    }

    /** One transaction on the copies: the search path names the rebuild schema, so the same SQL writes there. */
    private <E extends Event> Uni<Void> intoCopies(Projection<E> projection, List<E> events) {
        return Transactions.run(() -> NativeSql.strings(
                        "select set_config('search_path', '" + ReadModel.SCHEMA + "', true)", Map.of())
                .chain(() -> inbox.claim(projection.name(), events.stream().map(Event::eventId).toList()))
                .chain(fresh -> {
                    List<E> unseen = events.stream().filter(e -> fresh.contains(e.eventId())).toList();
                    return unseen.isEmpty() ? Uni.createFrom().voidItem() : projection.apply(unseen);
                }));
    }

    private void onVertx(Supplier<Uni<Void>> work) {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        Replay.mark(context);
        Uni.createFrom().voidItem().emitOn(task -> context.runOnContext(ignored -> task.run()))
                .chain(ignored -> work.get()).await().atMost(TRANSACTION_TIMEOUT);
    }

    private static boolean reached(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, Iterable<String> topics) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic);
            if (infos != null) {
                infos.forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
        }
        return partitions;
    }

    private KafkaConsumer<String, String> consumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "reporting-rebuild");
        return new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    }

    private static List<String> tablesWithInbox() {
        List<String> tables = new ArrayList<>(ReadModel.TABLES);
        tables.add("inbox");
        return tables;
    }

    /** Counts of the run, beaten into its record after each poll. */
    private static final class Progress {
        private final UUID id;
        private long events;
        private long skipped;

        Progress(UUID id) {
            this.id = id;
        }
    }
}
