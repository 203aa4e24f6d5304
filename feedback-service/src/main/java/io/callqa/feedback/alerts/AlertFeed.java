package io.callqa.feedback.alerts;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Page;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The live tail of the {@code alert} table on this instance: reads the alerts committed after the last one it saw
 * (by any instance) and hands each, in id order, to every registered listener (the open SSE streams). Ids grow in
 * commit order ({@link Alerts} serialises raising), so reading {@code id > last} never skips one.
 */
@ApplicationScoped
public class AlertFeed {

    static final int PAGE = 500;

    private final Vertx vertx;
    private final AlertsConfig config;
    private final Set<Consumer<AlertView>> listeners = ConcurrentHashMap.newKeySet();
    private volatile long last = -1;
    private PollLoop loop;

    public AlertFeed(Vertx vertx, AlertsConfig config) {
        this.vertx = vertx;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        loop = new PollLoop(vertx, "alert feed", config.stream().pollInterval(), this::poll);
        loop.start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (loop != null) {
            loop.stop();
        }
    }

    /** Alerts were committed here: read them now. */
    public void wake() {
        if (loop != null) {
            loop.wake();
        }
    }

    /** The id of the last alert handed to the listeners (-1 before the first read). */
    long last() {
        return last;
    }

    void register(Consumer<AlertView> listener) {
        listeners.add(listener);
    }

    void unregister(Consumer<AlertView> listener) {
        listeners.remove(listener);
    }

    /** The alerts after {@code after} that {@code audience} sees, oldest first, at most {@link #PAGE}. */
    Uni<List<AlertView>> page(long after, AlertAudience audience) {
        return PollLoop.onFreshContext(vertx, () -> Panache.withSession(() -> (audience.team() == null
                ? Alert.<Alert>find("id > ?1 order by id", after)
                : Alert.<Alert>find("id > ?1 and teamId = ?2 order by id", after, audience.team()))
                .page(Page.ofSize(PAGE)).list()))
                .map(alerts -> alerts.stream().map(AlertView::of).toList());
    }

    private Uni<Boolean> poll() {
        if (last < 0) {
            return Panache.withSession(() -> Alert.<Alert>find("order by id desc").firstResult())
                    .map(newest -> {
                        last = newest == null ? 0 : newest.id;
                        return false;
                    });
        }
        return Panache.withSession(() -> Alert.<Alert>find("id > ?1 order by id", last).page(Page.ofSize(PAGE)).list())
                .map(alerts -> {
                    alerts.forEach(a -> publish(AlertView.of(a)));
                    return alerts.size() == PAGE;
                });
    }

    private void publish(AlertView alert) {
        last = alert.id();
        for (Consumer<AlertView> listener : listeners) {
            try {
                listener.accept(alert);
            } catch (RuntimeException e) {
                Log.warnf("an alert stream failed to take alert %d: %s", alert.id(), e.getMessage());
            }
        }
    }
}
