package io.callqa.ingest.intake;

import java.time.Clock;
import java.time.Instant;

import io.callqa.ingest.IngestConfig;
import io.callqa.ingest.adapters.asterisk.PendingQueueLog;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Hourly ({@code qa.ingest.prune-every}): forgets ids older than the deduplication window, and expires Asterisk
 * calls that have not ended within it, logging their callids and counting them in
 * {@code qa.ingest.asterisk.pending.expired} (never dropped silently).
 */
@ApplicationScoped
public class WindowPruner {

    private final AcceptedRecords accepted;
    private final PendingQueueLog pendingQueueLog;
    private final Pool pool;
    private final MeterRegistry registry;
    private final IngestConfig config;
    private final Clock clock;

    public WindowPruner(AcceptedRecords accepted, PendingQueueLog pendingQueueLog, Pool pool, MeterRegistry registry,
            IngestConfig config, Clock clock) {
        this.accepted = accepted;
        this.pendingQueueLog = pendingQueueLog;
        this.pool = pool;
        this.registry = registry;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${qa.ingest.prune-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> prune() {
        Instant cutoff = clock.instant().minus(config.dedupWindow());
        return accepted.forgetBefore(cutoff)
                .invoke(n -> Log.debugf("forgot %d ids older than the deduplication window", n))
                .chain(() -> pendingQueueLog.expireBefore(pool, cutoff))
                .invoke(expired -> {
                    if (!expired.isEmpty()) {
                        Log.warnf("Asterisk calls without an ending line for %s, expired: %s", config.dedupWindow(),
                                expired);
                        registry.counter("qa.ingest.asterisk.pending.expired").increment(expired.size());
                    }
                })
                .replaceWithVoid();
    }
}
