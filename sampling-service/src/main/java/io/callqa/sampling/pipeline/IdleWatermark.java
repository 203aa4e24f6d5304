package io.callqa.sampling.pipeline;

import io.callqa.kit.persistence.Transactions;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * So that the watermark moves without new records: an idle live stream still closes intervals and days, and
 * records read before the partition count was known (at start-up) count once it is. Checks every 5 s, one short
 * transaction.
 */
@ApplicationScoped
public class IdleWatermark {

    private final CallPipeline pipeline;

    public IdleWatermark(CallPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Scheduled(every = "${qa.sla.idle-check-every:5s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> check() {
        return Transactions.run(pipeline::idle)
                .onFailure().invoke(e -> Log.warnf("idle watermark check failed: %s", e.getMessage()))
                .onFailure().recoverWithNull();
    }
}
