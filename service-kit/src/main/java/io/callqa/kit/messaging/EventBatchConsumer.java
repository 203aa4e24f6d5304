package io.callqa.kit.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;

import io.callqa.events.Event;
import io.callqa.events.EventJson;
import io.callqa.events.MalformedEventException;
import io.callqa.kit.persistence.Transactions;
import io.quarkus.logging.Log;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Consumes one poll of a topic the way every service must: read each record as an event of the topic's family,
 * process the events not seen before in one database transaction, and send whatever cannot be processed to the
 * dead-letter topic instead of blocking the partition or dropping it silently.
 *
 * <p>Handlers register effects that must follow the commit (metrics) with {@link Transactions#afterCommit}.
 *
 * <p>When the batch transaction fails, each event is retried in a transaction of its own, so that one poison
 * event goes to the dead-letter topic and the others are still processed. A failure of the surroundings (the
 * database unreachable or closing, a serialization conflict: {@link TransientFailures}) is no reason to
 * dead-letter anything: the transaction is retried with back-off until it succeeds, and a batch cut short by the
 * service stopping is left unacknowledged, to be read again.
 */
@ApplicationScoped
public class EventBatchConsumer {

    private static final Duration RETRY_FIRST = Duration.ofMillis(200);
    private static final Duration RETRY_MAX = Duration.ofSeconds(10);
    private static final Supplier<Uni<Void>> NOTHING_FIRST = () -> Uni.createFrom().voidItem();

    private final Inbox inbox;
    private final DeadLetters deadLetters;
    private final Vertx vertx;

    public EventBatchConsumer(Inbox inbox, DeadLetters deadLetters, Vertx vertx) {
        this.inbox = inbox;
        this.deadLetters = deadLetters;
        this.vertx = vertx;
    }

    /**
     * @param consumer the consumer's name in the inbox (one per handler)
     * @param handler  processes new events inside the open transaction
     */
    public <E extends Event> Uni<Void> consume(ConsumerRecords<String, String> records, Class<E> family,
            String consumer, Function<List<E>, Uni<Void>> handler) {
        return consumeDelivered(records, family, consumer,
                delivered -> handler.apply(delivered.stream().map(Delivered::event).toList()));
    }

    /**
     * As {@link #consume}, with {@code first} run at the start of each transaction, before the inbox is claimed:
     * e.g. a lock that another job takes to swap the tables the handler writes, so that the claim and the writes
     * both land on the same side of the swap.
     */
    public <E extends Event> Uni<Void> consume(ConsumerRecords<String, String> records, Class<E> family,
            String consumer, Supplier<Uni<Void>> first, Function<List<E>, Uni<Void>> handler) {
        return onVertxContext(() -> consumeOnContext(records, new Handler<>(family, consumer, true, first,
                delivered -> handler.apply(delivered.stream().map(Delivered::event).toList()))));
    }

    /**
     * As {@link #consume}, for a handler that also needs to know the partition each new event came from (e.g. to
     * keep event time per partition).
     */
    public <E extends Event> Uni<Void> consumeDelivered(ConsumerRecords<String, String> records, Class<E> family,
            String consumer, Function<List<Delivered<E>>, Uni<Void>> handler) {
        return onVertxContext(() -> consumeOnContext(records,
                new Handler<>(family, consumer, true, NOTHING_FIRST, handler)));
    }

    /**
     * As {@link #consumeDelivered}, without the inbox, for a handler whose writes are already idempotent by the
     * events' own content: storing an event a second time must change nothing and answer it as not new (e.g. an
     * upsert that replaces a row only with a newer record, and acts only on the rows it changed). Saves one
     * inbox row per event on a high-volume topic; within one poll an {@code eventId} is still processed once.
     *
     * @param consumer the handler's name in logs
     */
    public <E extends Event> Uni<Void> consumeIdempotentDelivered(ConsumerRecords<String, String> records,
            Class<E> family, String consumer, Function<List<Delivered<E>>, Uni<Void>> handler) {
        return onVertxContext(() -> consumeOnContext(records,
                new Handler<>(family, consumer, false, NOTHING_FIRST, handler)));
    }

    /**
     * The connector may hand a poll over on its polling thread (seen with records waiting at start-up); the
     * database work needs a safe Vert.x context, so it moves to a fresh duplicated one then.
     */
    private Uni<Void> onVertxContext(Supplier<Uni<Void>> work) {
        if (Vertx.currentContext() != null) {
            return work.get();
        }
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        return Uni.createFrom().voidItem().emitOn(task -> context.runOnContext(ignored -> task.run()))
                .chain(ignored -> work.get());
    }

    private <E extends Event> Uni<Void> consumeOnContext(ConsumerRecords<String, String> records,
            Handler<E> handler) {
        Map<UUID, Parsed<E>> events = new LinkedHashMap<>();
        List<Uni<Void>> rejected = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                E event = EventJson.read(record.value() == null ? "null" : record.value(), handler.family());
                events.putIfAbsent(event.eventId(), new Parsed<>(record, event));
            } catch (MalformedEventException e) {
                rejected.add(deadLetters.send(record, e));
            }
        }
        return Multi.createFrom().iterable(rejected).onItem().transformToUniAndConcatenate(u -> u).collect().last()
                .chain(() -> processAll(List.copyOf(events.values()), handler));
    }

    private <E extends Event> Uni<Void> processAll(List<Parsed<E>> batch, Handler<E> handler) {
        if (batch.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return untilReachable(inTransaction(batch, handler), handler)
                .onFailure(failure -> !TransientFailures.is(failure)).recoverWithUni(failure -> {
                    Log.warnf("batch of %d events for %s failed (%s); retrying one by one", batch.size(),
                            handler.consumer(), failure.getMessage());
                    return oneByOne(batch, handler);
                })
                .onFailure(TransientFailures::stopping).recoverWithUni(failure -> leftForRedelivery(batch, handler,
                        failure));
    }

    private <E extends Event> Uni<Void> oneByOne(List<Parsed<E>> batch, Handler<E> handler) {
        return Multi.createFrom().iterable(batch)
                .onItem().transformToUniAndConcatenate(parsed -> untilReachable(inTransaction(List.of(parsed), handler),
                                handler)
                        .onFailure(failure -> !TransientFailures.is(failure))
                        .recoverWithUni(failure -> deadLetters.send(parsed.record(), failure)))
                .collect().last().replaceWithVoid();
    }

    /**
     * Retries a transaction that failed for its surroundings (database away, a conflict) with back-off, for as
     * long as it takes: the partition waits, nothing is skipped or dead-lettered. Every attempt starts on the
     * batch's Vert.x context, which the transaction needs, whichever thread the back-off's timer fires on.
     */
    private static <E extends Event> Uni<Void> untilReachable(Uni<Void> transaction, Handler<E> handler) {
        Context context = Vertx.currentContext();
        Uni<Void> attempt = context == null ? transaction
                : transaction.runSubscriptionOn(task -> context.runOnContext(ignored -> task.run()));
        return attempt
                .onFailure(TransientFailures::is).invoke(failure -> Log.warnf("%s: %s; retrying with back-off",
                        handler.consumer(), failure.getMessage()))
                .onFailure(TransientFailures::is).retry().withBackOff(RETRY_FIRST, RETRY_MAX).indefinitely();
    }

    /**
     * A transient failure the retries could not outlast: the service is stopping (its pool closed, its executor
     * refusing the next attempt). The batch is neither acknowledged nor dead-lettered; its offsets stay
     * uncommitted, so the records are read again after the restart (the handlers are idempotent).
     */
    private static <E extends Event> Uni<Void> leftForRedelivery(List<Parsed<E>> batch, Handler<E> handler,
            Throwable failure) {
        Log.warnf("batch of %d events for %s left for redelivery after a restart (%s)", batch.size(),
                handler.consumer(), failure.getMessage());
        return Uni.createFrom().nothing();
    }

    private <E extends Event> Uni<Void> inTransaction(List<Parsed<E>> batch, Handler<E> handler) {
        return Transactions.run(() -> process(batch, handler)).replaceWithVoid();
    }

    /** Claims the batch in the inbox (unless the handler needs none) and processes the new events. */
    private <E extends Event> Uni<List<Delivered<E>>> process(List<Parsed<E>> batch, Handler<E> handler) {
        List<UUID> ids = batch.stream().map(p -> p.event().eventId()).toList();
        Uni<Set<UUID>> claimed = handler.first().get().chain(() -> handler.claim()
                ? inbox.claim(handler.consumer(), ids) : Uni.createFrom().item(Set.copyOf(ids)));
        return claimed.map(fresh -> batch.stream().filter(p -> fresh.contains(p.event().eventId()))
                        .map(p -> new Delivered<>(p.event(), p.record().partition())).toList())
                .call(events -> events.isEmpty() ? Uni.createFrom().voidItem() : handler.process().apply(events));
    }

    /** A new event and the partition of the topic it was read from. */
    public record Delivered<E extends Event>(E event, int partition) {
    }

    private record Handler<E extends Event>(Class<E> family, String consumer, boolean claim,
            Supplier<Uni<Void>> first, Function<List<Delivered<E>>, Uni<Void>> process) {
    }

    private record Parsed<E extends Event>(ConsumerRecord<String, String> record, E event) {
    }
}
