package io.callqa.kit.outbox;

import java.time.Duration;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.vertx.VertxContext;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Runs {@link OutboxRelay} from start-up to shutdown: again at once after a full batch, after
 * {@code qa.outbox.interval} when the outbox was drained, after {@code qa.outbox.retry-after} on failure.
 * Each run gets a fresh duplicated Vert.x context, as Hibernate Reactive requires.
 */
@ApplicationScoped
public class RelayLoop {

    private final Vertx vertx;
    private final OutboxRelay relay;
    private final OutboxConfig config;
    private volatile boolean running;

    public RelayLoop(Vertx vertx, OutboxRelay relay, OutboxConfig config) {
        this.vertx = vertx;
        this.relay = relay;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        schedule(config.interval());
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
    }

    private void schedule(Duration delay) {
        if (running) {
            vertx.setTimer(Math.max(1, delay.toMillis()), id -> {
                Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
                VertxContextSafetyToggle.setContextSafe(context, true);
                context.runOnContext(ignored -> runOnce());
            });
        }
    }

    private void runOnce() {
        Uni.createFrom().deferred(relay::relay).subscribe().with(
                published -> schedule(published >= config.batchSize() ? Duration.ZERO : config.interval()),
                failure -> {
                    if (!running) {
                        return;
                    }
                    Log.warnf("outbox relay failed, retrying in %s: %s", config.retryAfter(), failure.getMessage());
                    schedule(config.retryAfter());
                });
    }
}
