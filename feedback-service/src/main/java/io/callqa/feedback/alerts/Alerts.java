package io.callqa.feedback.alerts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.callqa.kit.persistence.Entities;
import io.callqa.kit.persistence.Transactions;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Raises alerts, for the triggers of this package and for other features (the appeals' overdue check). Call it
 * inside the caller's {@link Transactions#run} transaction: the alert and its webhook deliveries are stored with the
 * caller's change or not at all, and only after the commit are they counted, streamed and sent.
 * <p>
 * Raising takes a transaction-scoped advisory lock before the alert's id is drawn, so ids are committed in the order
 * they are drawn: a stream that has seen alert {@code n} can never later find a committed alert below {@code n}.
 * Alerts are rare, so serialising them costs little.
 */
@ApplicationScoped
public class Alerts {

    static final long RAISE_LOCK = 0x4146_4545_4441_4c52L;

    private static final String LOCK = "select count(*) from (select pg_advisory_xact_lock(" + RAISE_LOCK + ")) l";

    /** Inserts the alert unless its dedupe key is known; answers the new id, or nothing for a repeat. */
    private static final String INSERT = """
            with inserted as (
                insert into alert (kind, agent_id, team_id, subject_id, message, details, dedupe_key, raised_at)
                values (:kind, :agentId, :teamId, :subjectId, :message, :details, :dedupeKey, :raisedAt)
                on conflict (dedupe_key) do nothing
                returning id)
            select id from inserted""";

    private final Clock clock;
    private final AlertFeed feed;
    private final WebhookTargets targets;
    private final WebhookDispatcher dispatcher;
    private final AlertMetrics metrics;

    public Alerts(Clock clock, AlertFeed feed, WebhookTargets targets, WebhookDispatcher dispatcher,
            AlertMetrics metrics) {
        this.clock = clock;
        this.feed = feed;
        this.targets = targets;
        this.dispatcher = dispatcher;
        this.metrics = metrics;
    }

    /** Raises one alert in the current transaction (inside {@link Transactions#run}); a known dedupe key is a no-op. */
    public Uni<Void> raise(NewAlert alert) {
        return raiseAll(List.of(alert));
    }

    /** Raises each alert in the current transaction (inside {@link Transactions#run}), in the order given. */
    public Uni<Void> raiseAll(List<NewAlert> alerts) {
        if (alerts.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Instant now = clock.instant();
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(LOCK, Long.class).getSingleResult())
                .chain(() -> Multi.createFrom().iterable(alerts)
                        .onItem().transformToUniAndConcatenate(a -> insert(a, now))
                        .collect().last())
                .replaceWithVoid();
    }

    private Uni<Void> insert(NewAlert alert, Instant now) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(INSERT, Long.class)
                        .setParameter("kind", alert.kind().name())
                        .setParameter("agentId", alert.agentId())
                        .setParameter("teamId", alert.teamId())
                        .setParameter("subjectId", alert.subjectId())
                        .setParameter("message", alert.message())
                        .setParameter("details", AlertView.write(alert.details()))
                        .setParameter("dedupeKey", alert.dedupeKey())
                        .setParameter("raisedAt", now)
                        .getResultList())
                .chain(ids -> ids.isEmpty() ? Uni.createFrom().voidItem() : raised(alert, ids.get(0), now));
    }

    private Uni<Void> raised(NewAlert alert, long id, Instant now) {
        List<WebhookDelivery> deliveries = targets.namesFor(alert.kind()).stream()
                .map(target -> WebhookDelivery.queue(id, target, now)).toList();
        Transactions.afterCommit(() -> {
            metrics.raised(alert.kind());
            feed.wake();
            if (!deliveries.isEmpty()) {
                dispatcher.wake();
            }
        });
        return Entities.persistAll(deliveries);
    }
}
