package io.callqa.feedback.appeals;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.callqa.feedback.alerts.Alerts;
import io.callqa.feedback.alerts.NewAlert;
import io.callqa.kit.persistence.Transactions;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

/**
 * Raises an APPEAL_OVERDUE alert, once per appeal, for each appeal still undecided {@code decision-due} (3 days)
 * after it was filed, for the agent's team lead and the QA leads. The appeals are locked ({@code for update}): a
 * second instance waits, then finds them alerted (and the alert's dedupe key would absorb a repeat anyway).
 */
@ApplicationScoped
public class OverdueAppeals {

    private static final int BATCH = 100;

    private final Alerts alerts;
    private final AppealsConfig config;
    private final Clock clock;

    public OverdueAppeals(Alerts alerts, AppealsConfig config, Clock clock) {
        this.alerts = alerts;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${qa.feedback.appeals.overdue-check-every:1m}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> check() {
        return Transactions.run(this::alertOverdue).replaceWithVoid();
    }

    /** Alerts the overdue appeals not alerted yet; answers how many. */
    Uni<Integer> alertOverdue() {
        Instant now = clock.instant();
        return Appeal.<Appeal>find("state in ('FILED', 'UNDER_REVIEW') and overdueAlertedAt is null and filedAt < ?1 "
                        + "order by filedAt", now.minus(config.decisionDue()))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .page(0, BATCH).list()
                .chain(overdue -> raise(overdue, now));
    }

    private Uni<Integer> raise(List<Appeal> overdue, Instant now) {
        overdue.forEach(a -> a.overdueAlertedAt = now);
        return alerts.raiseAll(overdue.stream().map(a -> NewAlert.appealOverdue(a.id, a.evaluationId, a.agentId,
                a.teamId, a.filedAt, a.filedAt.plus(config.decisionDue()))).toList()).replaceWith(overdue.size());
    }
}
