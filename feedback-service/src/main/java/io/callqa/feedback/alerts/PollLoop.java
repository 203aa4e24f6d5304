package io.callqa.feedback.alerts;

import java.time.Duration;
import java.util.function.Supplier;

import io.quarkus.logging.Log;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Runs one round of work at a time, again after {@code interval}, at once when {@link #wake woken} or when a round
 * says there is more to do. Each round gets a fresh duplicated Vert.x context, as Hibernate Reactive requires. A
 * failed round is logged and retried after the interval.
 */
final class PollLoop {

    private static final long NONE = -1;

    private final Vertx vertx;
    private final String name;
    private final Duration interval;
    private final Supplier<Uni<Boolean>> round;
    private boolean running;
    private boolean busy;
    private boolean woken;
    private long timer = NONE;

    PollLoop(Vertx vertx, String name, Duration interval, Supplier<Uni<Boolean>> round) {
        this.vertx = vertx;
        this.name = name;
        this.interval = interval;
        this.round = round;
    }

    synchronized void start() {
        running = true;
        schedule(Duration.ZERO);
    }

    synchronized void stop() {
        running = false;
        if (timer != NONE) {
            vertx.cancelTimer(timer);
        }
    }

    /** Something changed: run a round now rather than at the next interval. */
    synchronized void wake() {
        if (!running) {
            return;
        }
        if (busy) {
            woken = true;
        } else if (timer != NONE && vertx.cancelTimer(timer)) {
            schedule(Duration.ZERO);
        }
    }

    /** Runs {@code work} on a fresh duplicated context (safe for Hibernate Reactive), from any thread. */
    static <T> Uni<T> onFreshContext(Vertx vertx, Supplier<Uni<T>> work) {
        return Uni.createFrom().emitter(emitter -> {
            Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
            VertxContextSafetyToggle.setContextSafe(context, true);
            context.runOnContext(ignored -> Uni.createFrom().<T>deferred(work::get).subscribe()
                    .with(emitter::complete, emitter::fail));
        });
    }

    private void schedule(Duration delay) {
        timer = NONE;
        if (running) {
            timer = vertx.setTimer(Math.max(1, delay.toMillis()), id -> {
                synchronized (this) {
                    timer = NONE;
                    busy = true;
                    woken = false;
                }
                onFreshContext(vertx, round).subscribe().with(
                        more -> finished(Boolean.TRUE.equals(more)),
                        failure -> {
                            Log.warnf("%s failed, retrying in %s: %s", name, interval, failure.getMessage());
                            finished(false);
                        });
            });
        }
    }

    private synchronized void finished(boolean more) {
        busy = false;
        schedule(more || woken ? Duration.ZERO : interval);
        woken = false;
    }
}
