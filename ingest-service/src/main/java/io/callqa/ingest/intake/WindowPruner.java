package io.callqa.ingest.intake;

import java.time.Clock;

import io.callqa.ingest.IngestConfig;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Forgets ids older than the deduplication window, hourly ({@code qa.ingest.prune-every}). */
@ApplicationScoped
public class WindowPruner {

    private final AcceptedRecords accepted;
    private final IngestConfig config;
    private final Clock clock;

    public WindowPruner(AcceptedRecords accepted, IngestConfig config, Clock clock) {
        this.accepted = accepted;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${qa.ingest.prune-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> prune() {
        return accepted.forgetBefore(clock.instant().minus(config.dedupWindow()))
                .invoke(n -> Log.debugf("forgot %d ids older than the deduplication window", n))
                .replaceWithVoid();
    }
}
