package io.callqa.reporting.calls;

import java.util.Map;

import io.callqa.kit.persistence.Transactions;
import io.callqa.reporting.projection.NativeSql;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps {@code caller_call} to the calls still needed: those that ended within {@code qa.reporting.calls.caller-retention}
 * of the newest call seen (event time, not the clock, so that a replay of an old month keeps what it needs).
 */
@ApplicationScoped
public class CallerPruner {

    private static final String PRUNE = """
            delete from caller_call
            where ended_at < (select max(ended_at) from caller_call) - cast(:retention as bigint) * interval '1 second'""";

    private final CallsConfig config;

    public CallerPruner(CallsConfig config) {
        this.config = config;
    }

    @Scheduled(every = "${qa.reporting.calls.prune-every:10m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> prune() {
        return Transactions.run(() -> NativeSql.update(PRUNE,
                        Map.of("retention", config.callerRetention().toSeconds())))
                .invoke(pruned -> {
                    if (pruned > 0) {
                        Log.debugf("pruned %d calls older than the caller retention", pruned);
                    }
                })
                .replaceWithVoid();
    }
}
