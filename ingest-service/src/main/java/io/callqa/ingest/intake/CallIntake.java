package io.callqa.ingest.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import io.callqa.events.CallRecorded;
import io.callqa.ingest.IngestConfig;
import io.callqa.ingest.calls.CallNormalizer;
import io.callqa.ingest.calls.CallerNumbers;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one way calls enter the platform, whatever the format or vendor: screen the candidates (read, validate,
 * normalise), then publish the valid calls once per call id ({@link PublishOnce}), and count what happened.
 */
@ApplicationScoped
public class CallIntake {

    static final String KIND = "call";

    private final PublishOnce once;
    private final IntakeMetrics metrics;
    private final CallNormalizer normalizer;
    private final Clock clock;

    public CallIntake(PublishOnce once, IntakeMetrics metrics, IngestConfig config, Clock clock) {
        this.once = once;
        this.metrics = metrics;
        this.normalizer = new CallNormalizer(new CallerNumbers(config.callerHashKey()));
        this.clock = clock;
    }

    /** What became of a request: the answer to give, and the calls published by it. */
    public record Outcome(BatchResult result, List<CallRecorded> published) {
    }

    public Uni<Outcome> submit(Source source, List<Candidate> candidates) {
        return submit(source, candidates, claims -> once.publish(KIND, claims, clock.instant()));
    }

    /** As {@link #submit(Source, List)} inside the caller's transaction (see {@link PublishOnce#publishIn}). */
    public Uni<Outcome> submitIn(SqlClient tx, Source source, List<Candidate> candidates) {
        return submit(source, candidates, claims -> once.publishIn(tx, KIND, claims, clock.instant()));
    }

    private Uni<Outcome> submit(Source source, List<Candidate> candidates,
            Function<List<PublishOnce.Claimed<CallRecorded>>, Uni<List<CallRecorded>>> publish) {
        Instant now = clock.instant();
        BatchScreen.Screened screened = new BatchScreen(normalizer, source == Source.CSV, source == Source.KAFKA)
                .screen(candidates, now);
        List<PublishOnce.Claimed<CallRecorded>> claims = screened.valid().stream()
                .map(v -> new PublishOnce.Claimed<>(v.call(), v.call().callId(), v.version())).toList();
        return publish.apply(claims)
                .map(published -> new Outcome(new BatchResult(published.size(),
                        claims.size() - published.size() + screened.superseded(), screened.rejected()), published))
                .invoke(outcome -> metrics.record(source, outcome, candidates.size()));
    }

    /** The event that first published a call, for the answer to a repeated single record. */
    public Uni<UUID> firstEventOf(String callId) {
        return once.firstEventOf(KIND, callId);
    }
}
