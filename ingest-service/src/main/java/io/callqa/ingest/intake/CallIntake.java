package io.callqa.ingest.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.callqa.events.CallRecorded;
import io.callqa.ingest.IngestConfig;
import io.callqa.ingest.calls.CallNormalizer;
import io.callqa.ingest.calls.CallerNumbers;
import io.smallrye.mutiny.Uni;
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
        Instant now = clock.instant();
        BatchScreen.Screened screened = new BatchScreen(normalizer, source == Source.CSV).screen(candidates, now);
        List<PublishOnce.Claimed<CallRecorded>> claims = screened.valid().stream()
                .map(v -> new PublishOnce.Claimed<>(v.call(), v.call().callId(), v.version())).toList();
        return once.publish(KIND, claims, now)
                .map(published -> new Outcome(new BatchResult(published.size(),
                        claims.size() - published.size() + screened.superseded(), screened.rejected()), published))
                .invoke(outcome -> metrics.record(source, outcome, candidates.size()));
    }

    /** The event that first published a call, for the answer to a repeated single record. */
    public Uni<UUID> firstEventOf(String callId) {
        return once.firstEventOf(KIND, callId);
    }
}
