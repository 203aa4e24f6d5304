package io.callqa.kit.outbox;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Publishes what the {@link Outbox} holds, oldest first, and deletes each batch once Kafka has acknowledged
 * it ({@code acks=all}). A crash between the two publishes the batch again; consumers drop the repeat by
 * {@code eventId}. Events go out in the order their transactions wrote them, and only once no earlier transaction
 * can still add rows; a PostgreSQL advisory lock lets one instance relay at a time, which keeps that order per key
 * when a service runs twice. {@link RelayLoop} decides when it runs.
 */
@ApplicationScoped
public class OutboxRelay {

    static final long RELAY_LOCK = 0x5153_4f55_5442_4f58L;

    /** Rows of transactions that ended before every running one began, in the order they were written. */
    private static final String SETTLED_OLDEST_FIRST = """
            select id, event_id, event_type, topic, message_key, payload, created_at from outbox
            where tx < pg_snapshot_xmin(pg_current_snapshot())
            order by tx, id
            limit :limit""";

    private final MutinyEmitter<String> emitter;
    private final OutboxConfig config;
    private final Counter published;

    public OutboxRelay(@Channel("outbox") MutinyEmitter<String> emitter, OutboxConfig config, MeterRegistry registry) {
        this.emitter = emitter;
        this.config = config;
        this.published = Counter.builder("qa.outbox.published").description("events relayed from the outbox to Kafka")
                .register(registry);
    }

    /** Publishes one batch; returns how many events went out (0 when another instance holds the relay). */
    public Uni<Integer> relay() {
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery("select pg_try_advisory_xact_lock(" + RELAY_LOCK + ")",
                        Boolean.class).getSingleResult())
                .chain(locked -> locked ? publishBatch() : Uni.createFrom().item(0)));
    }

    private Uni<Integer> publishBatch() {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(SETTLED_OLDEST_FIRST, OutboxRecord.class)
                        .setParameter("limit", config.batchSize())
                        .getResultList())
                .chain(batch -> batch.isEmpty() ? Uni.createFrom().item(0) : sendAndDelete(batch));
    }

    private Uni<Integer> sendAndDelete(List<OutboxRecord> batch) {
        List<Uni<Void>> sends = batch.stream().map(this::send).toList();
        List<Long> ids = batch.stream().map(r -> r.id).toList();
        return Uni.join().all(sends).andFailFast()
                .chain(() -> OutboxRecord.delete("id in ?1", ids))
                .invoke(() -> published.increment(batch.size()))
                .invoke(() -> Log.debugf("relayed %d events", batch.size()))
                .replaceWith(batch.size());
    }

    private Uni<Void> send(OutboxRecord record) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("eventId", record.eventId.toString().getBytes(StandardCharsets.UTF_8));
        headers.add("eventType", record.eventType.getBytes(StandardCharsets.UTF_8));
        return emitter.sendMessage(Message.of(record.payload).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(record.topic)
                .withKey(record.messageKey)
                .withHeaders(headers)
                .build()));
    }
}
