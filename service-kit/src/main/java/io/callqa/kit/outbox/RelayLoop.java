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
 * Runs {@link OutboxRelay} from start-up to shutdown: at once when a transaction that added events commits
 * ({@link #wake}), again at once after a full batch, after {@code qa.outbox.interval} when the outbox was drained
 * (events added outside {@code Transactions.run}, or by another instance), after {@code qa.outbox.retry-after} on
 * failure. One run at a time; each gets a fresh duplicated Vert.x context, as Hibernate Reactive requires.
 */
@ApplicationScoped
public class RelayLoop {

    private static final long NONE = -1;

    private final Vertx vertx;
    private final OutboxRelay relay;
    private final OutboxConfig config;
    private boolean running;
    private long timer = NONE;
    private boolean relaying;
    private boolean woken;

    public RelayLoop(Vertx vertx, OutboxRelay relay, OutboxConfig config) {
        this.vertx = vertx;
        this.relay = relay;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        synchronized (this) {
            running = true;
            schedule(config.interval());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        synchronized (this) {
            running = false;
        }
    }

    /** Events were committed: relay them now rather than at the next poll. */
    public synchronized void wake() {
        if (!running) {
            return;
        }
        if (relaying) {
            woken = true;
        } else if (timer != NONE && vertx.cancelTimer(timer)) {
            timer = NONE;
            schedule(Duration.ZERO);
        }
    }

    private void schedule(Duration delay) {
        if (running) {
            timer = vertx.setTimer(Math.max(1, delay.toMillis()), id -> {
                synchronized (this) {
                    timer = NONE;
                    relaying = true;
                    woken = false;
                }
                Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
                VertxContextSafetyToggle.setContextSafe(context, true);
                context.runOnContext(ignored -> runOnce());
            });
        }
    }

    private void runOnce() {
        Uni.createFrom().deferred(relay::relay).subscribe().with(
                published -> finished(published >= config.batchSize() ? Duration.ZERO : config.interval()),
                failure -> {
                    if (running) {
                        Log.warnf("outbox relay failed, retrying in %s: %s", config.retryAfter(), failure.getMessage());
                    }
                    finished(config.retryAfter());
                });
    }

    private synchronized void finished(Duration next) {
        relaying = false;
        schedule(woken && next.equals(config.interval()) ? Duration.ZERO : next);
        woken = false;
    }
}
