package io.callqa.feedback.alerts;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;

/**
 * Sends queued webhook deliveries. A round claims due PENDING deliveries with {@code for update skip locked} and
 * leases them (moves their next attempt past the send's timeout) in a short transaction, so a second instance
 * neither waits for them nor sends them too; then POSTs each alert (JDK {@link HttpClient}, asynchronously, off the
 * event loop) with {@code X-CallQA-Event-Id}, {@code X-CallQA-Timestamp} and {@code X-CallQA-Signature}, and records
 * the outcome: DELIVERED on a 2xx, otherwise another attempt after an exponential back-off, FAILED after the last.
 */
@ApplicationScoped
public class WebhookDispatcher {

    /** Sends in flight at once in a round. */
    private static final int IN_FLIGHT = 8;

    private static final String DUE = """
            select * from webhook_delivery
            where status = 'PENDING' and next_attempt_at <= :now
            order by next_attempt_at, id
            limit :limit
            for update skip locked""";

    private final Vertx vertx;
    private final AlertsConfig config;
    private final WebhookTargets targets;
    private final ObjectMapper json;
    private final Clock clock;
    private final Backoff backoff;
    private final HttpClient http;
    private PollLoop loop;

    public WebhookDispatcher(Vertx vertx, AlertsConfig config, WebhookTargets targets, ObjectMapper json,
            Clock clock) {
        this.vertx = vertx;
        this.config = config;
        this.targets = targets;
        this.json = json;
        this.clock = clock;
        AlertsConfig.Delivery delivery = config.delivery();
        this.backoff = new Backoff(delivery.initialDelay(), delivery.factor(), delivery.maxAttempts());
        this.http = HttpClient.newBuilder().connectTimeout(delivery.timeout()).build();
    }

    void start(@Observes StartupEvent event) {
        loop = new PollLoop(vertx, "webhook dispatcher", config.delivery().pollInterval(), this::round);
        loop.start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (loop != null) {
            loop.stop();
        }
    }

    /** A delivery was queued and committed: look for due deliveries now. */
    public void wake() {
        if (loop != null) {
            loop.wake();
        }
    }

    private record Claimed(long deliveryId, String target, int attempts, AlertView alert, Instant leasedUntil) {
    }

    /** One round; answers whether a full batch was claimed (more may be due). */
    private Uni<Boolean> round() {
        return Panache.withTransaction(this::claim).chain(claimed -> claimed.isEmpty()
                ? Uni.createFrom().item(false)
                : Multi.createFrom().iterable(claimed).onItem().transformToUni(this::attempt).merge(IN_FLIGHT)
                        .collect().last().replaceWith(claimed.size() >= config.delivery().batchSize()));
    }

    private Uni<List<Claimed>> claim() {
        Instant now = clock.instant();
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(DUE, WebhookDelivery.class)
                        .setParameter("now", now)
                        .setParameter("limit", config.delivery().batchSize())
                        .getResultList())
                .chain(due -> due.isEmpty() ? Uni.createFrom().item(List.<Claimed>of()) : lease(due, now));
    }

    /**
     * The lease covers the whole round: {@value #IN_FLIGHT} sends at a time, each at most a connect and a request
     * timeout, so the last wave may start {@code waves - 1} of those after the claim. Kept to the microsecond the
     * database stores, so that {@link #record} can tell its own lease.
     */
    private Uni<List<Claimed>> lease(List<WebhookDelivery> due, Instant now) {
        long waves = (due.size() + IN_FLIGHT - 1) / IN_FLIGHT;
        Instant leasedUntil = now.plus(config.delivery().timeout().multipliedBy(2 * waves)).plusSeconds(5)
                .truncatedTo(ChronoUnit.MICROS);
        due.forEach(d -> {
            d.nextAttemptAt = leasedUntil;
            d.updatedAt = now;
        });
        return Alert.<Alert>list("id in ?1", due.stream().map(d -> d.alertId).distinct().toList())
                .map(alerts -> {
                    Map<Long, Alert> byId = alerts.stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
                    return due.stream().map(d -> new Claimed(d.id, d.target, d.attempts,
                            AlertView.of(byId.get(d.alertId)), leasedUntil)).toList();
                });
    }

    private record Outcome(Integer status, String error) {
        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    /** Sends and records; a failure to record is logged, and the lease running out brings the delivery back. */
    private Uni<Void> attempt(Claimed c) {
        return Uni.createFrom().deferred(() -> send(c))
                .onFailure().recoverWithItem(e -> new Outcome(null, e.getClass().getSimpleName() + ": " + e.getMessage()))
                .chain(outcome -> PollLoop.onFreshContext(vertx,
                        () -> Panache.withTransaction(() -> record(c, outcome))))
                .onFailure().invoke(e -> Log.warnf("webhook delivery %d: outcome not recorded: %s", c.deliveryId(),
                        e.getMessage()))
                .onFailure().recoverWithNull();
    }

    private Uni<Outcome> send(Claimed c) {
        var target = targets.target(c.target());
        if (target.isEmpty()) {
            return Uni.createFrom().item(new Outcome(null, "target " + c.target() + " is no longer configured"));
        }
        String body = body(c.alert());
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(target.get().url())
                .timeout(config.delivery().timeout())
                .header("Content-Type", "application/json")
                .header("X-CallQA-Event-Id", Long.toString(c.alert().id()))
                .header("X-CallQA-Event-Type", c.alert().kind().name())
                .header("X-CallQA-Timestamp", timestamp)
                .header("X-CallQA-Signature", WebhookSignature.of(target.get().secret(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return Uni.createFrom().completionStage(() -> http.sendAsync(request, HttpResponse.BodyHandlers.discarding()))
                .map(response -> new Outcome(response.statusCode(),
                        response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode()))
                .onFailure().recoverWithItem(e -> new Outcome(null, e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage())));
    }

    private Uni<Void> record(Claimed c, Outcome outcome) {
        Instant now = clock.instant();
        return WebhookDelivery.<WebhookDelivery>findById(c.deliveryId(), LockModeType.PESSIMISTIC_WRITE).invoke(d -> {
            if (!WebhookDelivery.Status.PENDING.name().equals(d.status) || !c.leasedUntil().equals(d.nextAttemptAt)) {
                // the lease ran out and another round took the delivery over: its outcome is the one recorded
                Log.warnf("webhook delivery %d: lease lost before the outcome (%s) was recorded", c.deliveryId(),
                        outcome.delivered() ? "delivered" : outcome.error());
                return;
            }
            d.attempts++;
            d.updatedAt = now;
            d.lastStatusCode = outcome.status();
            d.lastError = outcome.error();
            if (outcome.delivered()) {
                d.status = WebhookDelivery.Status.DELIVERED.name();
                d.deliveredAt = now;
            } else if (backoff.exhausted(d.attempts)) {
                d.status = WebhookDelivery.Status.FAILED.name();
                Log.warnf("webhook %s gave up on alert %d after %d attempts: %s", c.target(), c.alert().id(),
                        d.attempts, outcome.error());
            } else {
                d.nextAttemptAt = now.plus(backoff.after(d.attempts));
            }
        }).replaceWithVoid();
    }

    private String body(AlertView alert) {
        try {
            return json.writeValueAsString(alert);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("alert " + alert.id() + " not writable as JSON", e);
        }
    }
}
