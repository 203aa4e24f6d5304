package io.callqa.kit.messaging;

import java.time.Clock;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Forgets processed event ids older than {@code qa.inbox.retention} (default 14 days, twice Kafka's default
 * retention: no record older than that can be redelivered). Safe on every instance at once.
 */
@ApplicationScoped
public class InboxPruner {

    private final InboxConfig config;
    private final Clock clock;

    public InboxPruner(InboxConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${qa.inbox.prune-every:1h}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> prune() {
        return Panache.withTransaction(() -> InboxEntry.delete("processedAt < ?1",
                        clock.instant().minus(config.retention())))
                .invoke(deleted -> {
                    if (deleted > 0) {
                        Log.infof("forgot %d processed event ids older than %s", deleted, config.retention());
                    }
                })
                .onFailure().invoke(e -> Log.warnf("inbox pruning failed: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
