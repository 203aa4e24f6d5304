package io.callqa.reporting.metrics;

import io.callqa.kit.messaging.TransientFailures;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Recomputes the operations gauges from the read models every {@code qa.reporting.metrics.refresh-every} (30 s), so
 * every instance reports the same figures. A failed round is logged (at debug level while the service stops) and
 * the gauges keep their last values.
 */
@ApplicationScoped
public class OperationsMetrics {

    private final OperationsQueries queries;
    private final OperationsGauges gauges;

    public OperationsMetrics(OperationsQueries queries, OperationsGauges gauges) {
        this.queries = queries;
        this.gauges = gauges;
    }

    @Scheduled(every = "${qa.reporting.metrics.refresh-every:30s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refresh() {
        return queries.figures().invoke(gauges::show).replaceWithVoid()
                .onFailure().recoverWithItem(failure -> {
                    if (TransientFailures.stopping(failure)) {
                        Log.debugf("operations gauges not refreshed, the service is stopping: %s", failure.getMessage());
                    } else {
                        Log.warnf("operations gauges not refreshed: %s", failure.getMessage());
                    }
                    return null;
                });
    }
}
