package io.callqa.ingest.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.callqa.events.Event;
import io.callqa.ingest.IngestConfig;
import io.callqa.ingest.publish.EventPublisher;
import io.callqa.ingest.publish.PublishFailedException;
import io.callqa.kit.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Publishes events at most once per id within the deduplication window: claim the ids, publish the events whose
 * claim won, and commit the claims only once Kafka has acknowledged them. Any failure of the database or of
 * Kafka fails the whole call (nothing published is reported, no claim stays behind) with
 * {@link PublishFailedException}.
 */
@ApplicationScoped
public class PublishOnce {

    private final Pool pool;
    private final AcceptedRecords accepted;
    private final EventPublisher publisher;
    private final IngestConfig config;

    public PublishOnce(Pool pool, AcceptedRecords accepted, EventPublisher publisher, IngestConfig config) {
        this.pool = pool;
        this.accepted = accepted;
        this.publisher = publisher;
        this.config = config;
    }

    /** An event with the id it is deduplicated by and the vendor's version of it (nullable). */
    public record Claimed<E extends Event>(E event, String id, Instant version) {
    }

    /** The events that were published; the others had been published before. */
    public <E extends Event> Uni<List<E>> publish(String kind, List<Claimed<E>> items, Instant now) {
        if (items.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return bounded(pool.withTransaction(tx -> publishIn(tx, kind, items, now)));
    }

    /**
     * The request's whole wait bounded: the publish timeout plus 1 s for the database. A request cut off here may
     * still commit later; its records are then duplicates when the client sends them again.
     */
    public <T> Uni<T> bounded(Uni<T> work) {
        return work.ifNoItem().after(config.publish().timeout().plusSeconds(1)).fail()
                .onFailure(e -> !(e instanceof PublishFailedException || e instanceof ProblemException))
                .transform(this::unavailable);
    }

    /**
     * As {@link #publish(String, List, Instant)} inside the caller's transaction, so that its other writes commit
     * only with the claims, once Kafka has acknowledged the events. The caller maps failures with
     * {@link #unavailable(Throwable)}.
     */
    public <E extends Event> Uni<List<E>> publishIn(SqlClient tx, String kind, List<Claimed<E>> items, Instant now) {
        List<AcceptedRecords.Claim> claims = items.stream()
                .map(c -> new AcceptedRecords.Claim(c.id(), c.event().eventId(), c.version())).toList();
        return accepted.claim(tx, kind, claims, now, config.dedupWindow()).chain(won -> {
            List<E> fresh = items.stream().filter(c -> won.contains(c.id())).map(Claimed::event).toList();
            return publisher.publish(fresh).replaceWith(fresh);
        });
    }

    /** A failure of the database or of Kafka, as the 503 the client gets. */
    public PublishFailedException unavailable(Throwable failure) {
        return failure instanceof PublishFailedException publish ? publish
                : new PublishFailedException(failure, config.publish().retryAfter());
    }

    /** The event that first published an id, while it is in the window. */
    public Uni<UUID> firstEventOf(String kind, String id) {
        return bounded(accepted.eventIdOf(kind, id));
    }
}
