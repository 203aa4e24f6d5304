package io.callqa.ingest.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.callqa.events.CallRecorded;
import io.callqa.ingest.IngestConfig;
import io.callqa.ingest.calls.CallNormalizer;
import io.callqa.ingest.calls.CallerNumbers;
import io.callqa.ingest.publish.EventPublisher;
import io.callqa.ingest.publish.PublishFailedException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one way calls enter the platform, whatever the format or vendor: screen the candidates, claim the valid
 * call ids in the deduplication window, publish the calls that won their claim, and commit the claims only once
 * Kafka has acknowledged them. Any failure of the database or of Kafka fails the whole request (nothing is
 * reported accepted, no claim stays behind) with {@link PublishFailedException}.
 */
@ApplicationScoped
public class CallIntake {

    static final String KIND = "call";

    private final Pool pool;
    private final AcceptedRecords accepted;
    private final EventPublisher publisher;
    private final IntakeMetrics metrics;
    private final CallNormalizer normalizer;
    private final IngestConfig config;
    private final Clock clock;

    public CallIntake(Pool pool, AcceptedRecords accepted, EventPublisher publisher, IntakeMetrics metrics,
            IngestConfig config, Clock clock) {
        this.pool = pool;
        this.accepted = accepted;
        this.publisher = publisher;
        this.metrics = metrics;
        this.normalizer = new CallNormalizer(new CallerNumbers(config.callerHashKey()));
        this.config = config;
        this.clock = clock;
    }

    /** What became of a request: the answer to give, and the calls published by it. */
    public record Outcome(BatchResult result, List<CallRecorded> published) {
    }

    public Uni<Outcome> submit(Source source, List<Candidate> candidates) {
        Instant now = clock.instant();
        BatchScreen.Screened screened = new BatchScreen(normalizer, source == Source.CSV).screen(candidates, now);
        return publishOnce(screened.valid(), now)
                .map(published -> new Outcome(new BatchResult(published.size(),
                        screened.valid().size() - published.size() + screened.superseded(), screened.rejected()),
                        published))
                .invoke(outcome -> metrics.record(source, outcome, candidates.size()));
    }

    private Uni<List<CallRecorded>> publishOnce(List<BatchScreen.Valid> valid, Instant now) {
        if (valid.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<AcceptedRecords.Claim> claims = valid.stream()
                .map(v -> new AcceptedRecords.Claim(v.call().callId(), v.call().eventId(), v.version())).toList();
        return pool.withTransaction(tx -> accepted.claim(tx, KIND, claims, now, config.dedupWindow())
                        .chain(won -> publish(valid, won)))
                .onFailure(e -> !(e instanceof PublishFailedException))
                .transform(e -> new PublishFailedException(e, config.publish().retryAfter()));
    }

    private Uni<List<CallRecorded>> publish(List<BatchScreen.Valid> valid, Set<String> won) {
        List<CallRecorded> fresh = valid.stream().map(BatchScreen.Valid::call)
                .filter(call -> won.contains(call.callId())).toList();
        return publisher.publish(fresh).replaceWith(fresh);
    }

    /** The event that first published a call, for the answer to a repeated single record. */
    public Uni<java.util.UUID> firstEventOf(String callId) {
        return accepted.eventIdOf(KIND, callId);
    }
}
