package io.callqa.sampling.pipeline;

import io.callqa.kit.persistence.Transactions;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** So that an idle live stream still closes intervals and days: checks the watermark every minute. */
@ApplicationScoped
public class IdleWatermark {

    private final CallPipeline pipeline;

    public IdleWatermark(CallPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Scheduled(every = "${qa.sla.idle-check-every:60s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> check() {
        return Transactions.run(pipeline::idle)
                .onFailure().invoke(e -> Log.warnf("idle watermark check failed: %s", e.getMessage()))
                .onFailure().recoverWithNull();
    }
}
